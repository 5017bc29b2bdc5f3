package dev.easel.analyzer.model;

/** An unmangled symbol the crate defines (#[no_mangle] / export_name), callable from C. */
public record Export(String symbol, String file, int line) {
}
