package dev.easel.graph.callgraph;

import dev.easel.graph.callgraph.BuildState.Node;

/**
 * Which functions reach FFI or unsafe code, and which are recursive, over the full graph: paths through
 * standard-library generics instantiated in the crate (an iterator adapter calling the crate's closure) count.
 * Only functions of this crate are sources: the standard library's own FFI and unsafe code is not the crate's.
 */
final class ReachabilityPass implements GraphPass {

    @Override
    public void apply(BuildState s) {
        s.full = BuildState.toGraph(s.nodes.keySet(), s.edges.values());
        Reachability.Result reach = Reachability.compute(s.full,
                id -> s.nodes.get(id).isSource() && s.nodes.get(id).foreignCalls > 0,
                id -> s.nodes.get(id).isSource() && s.nodes.get(id).unsafe);
        for (Node n : s.nodes.values()) {
            n.reachesFfi = reach.reachesFfi().contains(n.id);
            n.reachesUnsafe = reach.reachesUnsafe().contains(n.id);
            n.recursive = reach.recursive().contains(n.id);
        }
    }
}
