package dev.easel.graph.callgraph;

import dev.easel.graph.callgraph.BuildState.Edge;
import dev.easel.graph.callgraph.BuildState.Node;

/**
 * The standard library's internals and LLVM intrinsics leave the pruned graph; their call sites stay as counts on
 * the callers ({@code std_calls}, {@code intrinsic_calls}). The nodes themselves are dropped by
 * {@link MonomorphisationPass}, which keeps only nodes that are not {@link Node#removed()}.
 */
final class StandardLibraryPass implements GraphPass {

    @Override
    public void apply(BuildState s) {
        for (Edge e : s.edges.values()) {
            Node caller = s.nodes.get(e.caller);
            Node callee = s.nodes.get(e.callee);
            if (caller.removed()) {
                continue;
            }
            if (callee.std) {
                caller.stdCalls += e.count;
            } else if (callee.intrinsic) {
                caller.intrinsicCalls += e.count;
            }
        }
    }
}
