package dev.easel.graph.callgraph;

/**
 * One step of building a crate's call graph, applied in order by {@link CallGraphBuilder} to a shared
 * {@link BuildState} (as Joern's call-graph layer is an ordered list of linker passes).
 */
interface GraphPass {

    void apply(BuildState state);

    /** The pass's name, for logs and tests. */
    default String name() {
        return getClass().getSimpleName();
    }
}
