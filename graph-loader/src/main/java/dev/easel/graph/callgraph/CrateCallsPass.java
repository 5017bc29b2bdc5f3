package dev.easel.graph.callgraph;

import dev.easel.graph.callgraph.BuildState.Edge;
import dev.easel.graph.callgraph.BuildState.Node;

/**
 * Crate-level aggregates over the full graph: call sites into each other crate (INVOKES), and into the standard
 * library's internals. Calls made from std or intrinsic code instantiated here are not the crate's.
 */
final class CrateCallsPass implements GraphPass {

    @Override
    public void apply(BuildState s) {
        for (Edge e : s.edges.values()) {
            Node caller = s.nodes.get(e.caller);
            Node callee = s.nodes.get(e.callee);
            if (caller.removed()) {
                continue;
            }
            if (callee.std) {
                s.stdCalls += e.count;
            } else if (!callee.intrinsic && !s.names.isOwn(callee.crate)
                    && !CrateNames.key(callee.crate).equals(CrateNames.key(caller.crate))) {
                s.invokes.merge(callee.crate, e.count, Long::sum);
            }
        }
    }
}
