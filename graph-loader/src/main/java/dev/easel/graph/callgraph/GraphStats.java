package dev.easel.graph.callgraph;

/** Call-graph size before and after pruning, and the detail level used. */
public record GraphStats(String detail, int nodesBefore, int edgesBefore, int nodesAfter, int edgesAfter) {
}
