package dev.easel.analyzer.ir;

import java.util.List;

/**
 * A function defined ({@code define}) in a textual LLVM IR module.
 *
 * @param symbol     the symbol, unescaped (quoted names are decoded)
 * @param linkage    LLVM linkage; "external" when the line gives none
 * @param visibility "default", "hidden" or "protected"
 * @param dbgId      the {@code !dbg !N} subprogram id, or -1
 * @param irLine     1-based line of the {@code define} in the .ll file
 * @param calls      direct and indirect calls, aggregated per (callee, kind); intrinsics excluded
 */
public record IrFunction(String symbol, String linkage, String visibility, int dbgId, long irLine, List<IrCall> calls) {
    public IrFunction {
        calls = List.copyOf(calls);
    }

    /** Externally visible: linkage that lets other objects bind to it, and not hidden. */
    public boolean externallyVisible() {
        return !("internal".equals(linkage) || "private".equals(linkage)) && !"hidden".equals(visibility);
    }
}
