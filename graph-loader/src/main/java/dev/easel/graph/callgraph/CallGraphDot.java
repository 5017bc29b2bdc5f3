package dev.easel.graph.callgraph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A crate's pruned call graph in Graphviz DOT, for looking at one crate by eye ({@code dot -Tsvg}): this version's
 * functions as boxes (unsafe ones red, those calling C bold), other crates' functions as ellipses grouped by crate,
 * C symbols as diamonds.
 */
public final class CallGraphDot {

    private CallGraphDot() {
    }

    /** Writes {@code graph} to {@code file} (through a temporary file, so a half-written one never appears). */
    public static void write(CallGraph graph, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            write(graph, w);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static void write(CallGraph graph, Writer w) throws IOException {
        w.write("digraph " + quote(graph.versionId()) + " {\n  rankdir=LR;\n  node [fontname=\"monospace\"];\n");
        for (FunctionNode f : graph.functions().values()) {
            String shape = f.owner() != null ? "box" : "ellipse";
            String style = (f.unsafe() ? ", color=red" : "") + (f.foreignCalls() > 0 ? ", style=bold" : "");
            String label = f.owner() != null ? f.name() : f.crate() + "\\n" + f.name();
            w.write("  " + quote(f.id()) + " [shape=" + shape + ", label=" + quote(label) + style + "];\n");
        }
        for (Call c : graph.calls()) {
            w.write("  " + quote(c.caller()) + " -> " + quote(c.callee())
                    + (c.count() > 1 ? " [label=\"" + c.count() + "\"]" : "") + ";\n");
        }
        for (ForeignCallSite s : graph.foreignCalls()) {
            String target = "C:" + s.symbol();
            w.write("  " + quote(target) + " [shape=diamond, label=" + quote(s.symbol()) + "];\n");
            w.write("  " + quote(s.caller()) + " -> " + quote(target) + " [style=dashed];\n");
        }
        w.write("}\n");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\\\\n", "\\n") + "\"";
    }
}
