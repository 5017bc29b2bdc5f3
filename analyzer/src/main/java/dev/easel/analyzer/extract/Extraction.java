package dev.easel.analyzer.extract;

import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.Callback;
import dev.easel.analyzer.model.Export;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.Problem;

import java.util.List;

/**
 * The call graph and FFI boundary of one crate, from its IR (and MIR when given).
 *
 * @param functions      functions defined in the IR (crate attribution from their symbols) and MIR-only functions
 * @param calls          edges between Rust functions, aggregated per (caller, callee, kind)
 * @param foreignCalls   this crate's calls into non-Rust symbols (imports)
 * @param exports        unmangled, externally visible symbols the crate defines
 * @param callbacks      this crate's functions coerced to foreign-ABI pointers (handed to C)
 * @param problems       malformed lines skipped and other non-fatal problems, with file and line
 * @param irLinesRead    lines of the .ll file
 * @param irLinesSkipped malformed .ll lines skipped
 * @param mirLinesRead   lines of the .mir file (0 without MIR)
 * @param mirLinesSkipped malformed .mir lines skipped
 */
public record Extraction(List<FunctionInfo> functions, List<CallEdge> calls, List<ForeignCall> foreignCalls,
                         List<Export> exports, List<Callback> callbacks, List<Problem> problems,
                         long irLinesRead, long irLinesSkipped, long mirLinesRead, long mirLinesSkipped) {
    public Extraction {
        functions = List.copyOf(functions);
        calls = List.copyOf(calls);
        foreignCalls = List.copyOf(foreignCalls);
        exports = List.copyOf(exports);
        callbacks = List.copyOf(callbacks);
        problems = List.copyOf(problems);
    }

    public long linesRead() {
        return irLinesRead + mirLinesRead;
    }

    public long linesSkipped() {
        return irLinesSkipped + mirLinesSkipped;
    }
}
