package dev.easel.analyzer.model;

/**
 * Calls from a Rust function into a non-Rust (C) symbol.
 *
 * @param caller  id of the Rust function
 * @param symbol  the C symbol, e.g. {@code inflateSetDictionary}
 * @param count   call sites
 * @param library the native library that provides it, where the crate says so (#[link], links, build script); else null
 */
public record ForeignCall(String caller, String symbol, int count, String library) {
}
