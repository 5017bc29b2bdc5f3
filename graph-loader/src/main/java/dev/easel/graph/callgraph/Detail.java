package dev.easel.graph.callgraph;

/** How much of a crate's call graph to keep (see docs/loading.md, "Pruning"). */
public enum Detail {
    /** Crate-level aggregates only (INVOKES, std call totals): no Function nodes. */
    CRATE,
    /** Only functions on a path from a public or exported function to FFI, unsafe code or another crate. */
    BOUNDARY,
    /** Every function of the crate (standard library internals still removed, copies still collapsed). */
    FULL
}
