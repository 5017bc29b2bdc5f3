package dev.easel.analyzer.model;

/**
 * A Rust function coerced to a foreign-ABI function pointer, i.e. handed to C as a callback.
 *
 * @param function the Rust function path being coerced
 * @param abi      the target ABI ("C", "system", ...)
 * @param in       the function in which the coercion happens
 */
public record Callback(String function, String abi, String in) {
}
