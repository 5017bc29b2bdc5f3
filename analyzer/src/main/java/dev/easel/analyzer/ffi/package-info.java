/**
 * What a symbol is (Rust, C, runtime, intrinsic) and which native library provides a foreign symbol, from the
 * crate's link declarations.
 */
package dev.easel.analyzer.ffi;
