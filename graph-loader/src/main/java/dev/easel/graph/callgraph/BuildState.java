package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.Provenance;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the {@link GraphPass}es of one {@link CallGraphBuilder#build} share: the analysis read, the full graph's
 * nodes and edges as they are found, then the pruned ones. Mutable, and never seen outside the build.
 */
final class BuildState {

    final CrateAnalysis analysis;
    final String versionId;
    final CrateNames names;
    final StandardLibrary std;
    final Detail detail;

    /** The full graph: nodes by final id, the analysis' raw function ids mapped to those, edges and FFI sites. */
    final Map<String, Node> nodes = new LinkedHashMap<>();
    final Map<String, String> idOf = new HashMap<>();
    final Map<String, Edge> edges = new LinkedHashMap<>();
    final Map<String, ForeignCallSite> foreign = new LinkedHashMap<>();
    Graph<String, Call> full;

    /** Crate-level aggregates over the full graph. */
    final Map<String, Long> invokes = new TreeMap<>();
    long stdCalls;

    /** The pruned graph, after the standard library is removed and monomorphised copies collapse. */
    final Map<String, Node> pruned = new LinkedHashMap<>();
    final Map<String, Edge> prunedEdges = new LinkedHashMap<>();
    final Map<String, ForeignCallSite> prunedForeign = new LinkedHashMap<>();
    Graph<String, Call> graph;

    /** The vertices the detail level keeps. */
    Set<String> keep;

    BuildState(CrateAnalysis analysis, StandardLibrary std, Detail detail) {
        this.analysis = analysis;
        this.versionId = analysis.id();
        this.names = CrateNames.of(analysis);
        this.std = std;
        this.detail = detail;
    }

    /** A node while building; frozen into a {@link FunctionNode} at the end. */
    static final class Node {
        final String id;
        String name;
        final String crate;
        final String version;
        /** The defining version's id; null on a stub of another crate's function. */
        final String owner;
        String instantiatedIn;
        String file;
        int line;
        String linkage;
        boolean exported;
        boolean unsafe;
        Provenance provenance;
        int copies = 1;
        long stdCalls;
        long intrinsicCalls;
        long indirectCalls;
        long foreignCalls;
        boolean reachesFfi;
        boolean reachesUnsafe;
        boolean recursive;
        boolean std;
        boolean intrinsic;

        Node(String id, String name, String crate, String version, String owner) {
            this.id = id;
            this.name = name;
            this.crate = crate;
            this.version = version;
            this.owner = owner;
        }

        /** The standard library's internals and LLVM intrinsics: removed from the pruned graph. */
        boolean removed() {
            return std || intrinsic;
        }

        /** A function whose body this crate's analysis saw (not std, not an intrinsic, not a stub). */
        boolean isSource() {
            return !removed() && owner != null;
        }

        FunctionNode freeze() {
            return new FunctionNode(id, name, crate, version, owner, instantiatedIn, file, line, linkage, exported,
                    unsafe, provenance, copies, stdCalls, intrinsicCalls, indirectCalls, foreignCalls, reachesFfi,
                    reachesUnsafe, recursive);
        }
    }

    /** Calls of one kind from one node to another, summed. */
    static final class Edge {
        final String caller;
        final String callee;
        final CallEdge.Kind kind;
        long count;
        Provenance provenance;

        Edge(String caller, String callee, CallEdge.Kind kind) {
            this.caller = caller;
            this.callee = callee;
            this.kind = kind;
        }

        /** Adds calls to the edge of (caller, callee, kind) in {@code edges}, creating it when new. */
        static void add(Map<String, Edge> edges, String caller, String callee, CallEdge.Kind kind, long count,
                        Provenance provenance) {
            Edge edge = edges.computeIfAbsent(caller + '\u0000' + callee + '\u0000' + kind,
                    k -> new Edge(caller, callee, kind));
            edge.count += count;
            edge.provenance = edge.provenance == null ? provenance : edge.provenance.merge(provenance);
        }
    }

    /** Adds an FFI call site to {@code sites}, summing counts per (caller, symbol). */
    static void addForeign(Map<String, ForeignCallSite> sites, ForeignCallSite site) {
        sites.merge(site.caller() + '\u0000' + site.symbol(), site,
                (a, b) -> new ForeignCallSite(a.caller(), a.symbol(), a.count() + b.count(),
                        a.library() != null ? a.library() : b.library()));
    }

    static Graph<String, Call> toGraph(Set<String> vertices, Iterable<Edge> edges) {
        Graph<String, Call> g = new DirectedPseudograph<>(null, null, false);
        vertices.forEach(g::addVertex);
        for (Edge e : edges) {
            g.addEdge(e.caller, e.callee, new Call(e.caller, e.callee, e.kind, e.count, e.provenance));
        }
        return g;
    }
}
