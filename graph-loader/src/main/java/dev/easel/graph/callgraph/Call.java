package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.Provenance;

/**
 * An edge of a call graph: all call sites of one kind from one function to another. Unique per
 * (caller, callee, kind) within a graph, so the record's equality suits JGraphT.
 */
public record Call(String caller, String callee, CallEdge.Kind kind, long count, Provenance provenance) {
}
