package dev.easel.graph.callgraph;

/** Calls from one function node into one C symbol, summed; {@code library} when the crate names it. */
public record ForeignCallSite(String caller, String symbol, long count, String library) {
}
