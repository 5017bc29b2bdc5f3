package dev.easel.analyzer.model;

/**
 * Calls from one function to another, aggregated per (caller, callee, kind).
 *
 * @param caller     id of the calling function
 * @param callee     id of the called function; null for indirect calls
 * @param calleeName demangled callee path, for callees defined elsewhere
 * @param calleeCrate crate of the callee, from its symbol
 * @param kind       direct call, invoke (may unwind), or indirect (through a pointer)
 * @param count      call sites
 * @param provenance IR, MIR or both
 */
public record CallEdge(String caller, String callee, String calleeName, String calleeCrate, Kind kind, int count,
                       Provenance provenance) {
    public enum Kind { DIRECT, INVOKE, INDIRECT }
}
