package dev.easel.graph.callgraph;

import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;

/**
 * One crate version's pruned call graph: function nodes with their computed facts, the calls between them, the
 * calls into C, and the crate-level aggregates. Built by {@link CallGraphBuilder}.
 */
public final class CallGraph {

    private final String versionId;
    private final Detail detail;
    private final Graph<String, Call> graph;
    private final Map<String, FunctionNode> functions;
    private final Collection<ForeignCallSite> foreignCalls;
    private final Map<String, Long> invokes;
    private final long stdCalls;
    private final GraphStats stats;

    CallGraph(String versionId, Detail detail, Graph<String, Call> graph, Map<String, FunctionNode> functions,
              Collection<ForeignCallSite> foreignCalls, Map<String, Long> invokes, long stdCalls, GraphStats stats) {
        this.versionId = versionId;
        this.detail = detail;
        this.graph = new AsUnmodifiableGraph<>(graph);
        this.functions = Collections.unmodifiableMap(functions);
        this.foreignCalls = Collections.unmodifiableCollection(foreignCalls);
        this.invokes = Collections.unmodifiableMap(invokes);
        this.stdCalls = stdCalls;
        this.stats = stats;
    }

    /** "name@version" of the analysed version. */
    public String versionId() {
        return versionId;
    }

    public Detail detail() {
        return detail;
    }

    /** The pruned graph (vertices are function node ids), unmodifiable. */
    public Graph<String, Call> graph() {
        return graph;
    }

    /** Function nodes by id, defined ones and stubs of other crates' functions alike. */
    public Map<String, FunctionNode> functions() {
        return functions;
    }

    public FunctionNode function(String id) {
        return functions.get(id);
    }

    public Collection<Call> calls() {
        return graph.edgeSet();
    }

    public Collection<ForeignCallSite> foreignCalls() {
        return foreignCalls;
    }

    /** Call sites into each other crate (package name), from every function of this version; std excluded. */
    public Map<String, Long> invokes() {
        return invokes;
    }

    /** Call sites into the standard library's internals, over the whole (unpruned) graph. */
    public long stdCalls() {
        return stdCalls;
    }

    /** Node and edge counts of the full graph and of this pruned one. */
    public GraphStats stats() {
        return stats;
    }
}
