/**
 * A byte-level Rust lexer (tokens with matched delimiters and lines), shared by the unsafe counter, the native-
 * code census and the build-script readers.
 */
package dev.easel.analyzer.lexer;
