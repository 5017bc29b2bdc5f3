/**
 * A reader of rustc's textual MIR: calls before monomorphisation with crate paths, and coercions of functions to
 * foreign-ABI pointers (callbacks).
 */
package dev.easel.analyzer.mir;
