package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.GraphStats;
import dev.easel.analyzer.model.Provenance;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DirectedPseudograph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds one crate version's call graph from its {@link CrateAnalysis} and prunes it:
 * <ol>
 *   <li>the full graph: every function the analysis lists, plus a stub for every callee it does not (functions of
 *       other crates, of the standard library, LLVM intrinsics); IR and MIR edges summed per (caller, callee, kind)
 *       with their provenance merged; reachability of FFI and unsafe code is computed here, so paths through
 *       standard-library generics instantiated in the crate (an iterator adapter calling the crate's closure) count;</li>
 *   <li>the standard library's internals and intrinsics are removed, their call sites kept as counts on callers;</li>
 *   <li>monomorphised copies of one generic function (same crate, same name without generic arguments) collapse
 *       into one node;</li>
 *   <li>the {@link Detail} level keeps all, the boundary paths, or no functions.</li>
 * </ol>
 */
public final class CallGraphBuilder {

    private final Detail detail;
    private final StandardLibrary std;

    public CallGraphBuilder(Detail detail, StandardLibrary std) {
        this.detail = detail;
        this.std = std;
    }

    public static CallGraph build(CrateAnalysis analysis, Detail detail) {
        return new CallGraphBuilder(detail, StandardLibrary.DEFAULT).build(analysis);
    }

    /** A node while building; frozen into a {@link FunctionNode} at the end. */
    private static final class Node {
        final String id;
        String name;
        final String crate;
        final String version;
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

        FunctionNode freeze() {
            return new FunctionNode(id, name, crate, version, owner, instantiatedIn, file, line, linkage, exported,
                    unsafe, provenance, copies, stdCalls, intrinsicCalls, indirectCalls, foreignCalls, reachesFfi,
                    reachesUnsafe, recursive);
        }
    }

    private static final class Edge {
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
    }

    public CallGraph build(CrateAnalysis analysis) {
        String vid = analysis.id();
        CrateNames names = CrateNames.of(analysis);

        // 1. the full graph
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, String> idOf = new HashMap<>();
        for (FunctionInfo f : analysis.functions()) {
            if (f.id() == null) {
                continue;
            }
            boolean own = names.isOwn(f.crate());
            String id = own ? FunctionIds.of(f.id(), f.name(), vid) : FunctionIds.scoped(f.id(), vid);
            idOf.put(f.id(), id);
            Node n = nodes.get(id);
            if (n == null) {
                String crate = f.crate() == null ? analysis.name() : f.crate();
                n = new Node(id, f.name() == null ? f.id() : f.name(), names.packageName(crate),
                        own ? analysis.version() : versionOf(names.versionId(crate)), vid);
                n.std = std.contains(f.crate());
                n.instantiatedIn = f.instantiatedIn();
                n.file = f.file();
                n.line = f.line();
                n.linkage = f.linkage();
                nodes.put(id, n);
            }
            n.exported |= f.exported();
            n.unsafe |= f.unsafe();
            n.provenance = n.provenance == null ? f.provenance() : n.provenance.merge(f.provenance());
        }

        Map<String, Edge> edges = new LinkedHashMap<>();
        for (CallEdge e : analysis.calls()) {
            if (e.caller() == null) {
                continue;
            }
            Node caller = definedNode(e.caller(), null, nodes, idOf, analysis, vid);
            if (e.callee() == null || e.kind() == CallEdge.Kind.INDIRECT) {
                caller.indirectCalls += e.count();
                continue;
            }
            Node callee = calleeNode(e, nodes, idOf, names, analysis, vid);
            CallEdge.Kind kind = e.kind() == null ? CallEdge.Kind.DIRECT : e.kind();
            Edge edge = edges.computeIfAbsent(caller.id + '\u0000' + callee.id + '\u0000' + kind,
                    k -> new Edge(caller.id, callee.id, kind));
            edge.count += e.count();
            edge.provenance = edge.provenance == null ? e.provenance() : edge.provenance.merge(e.provenance());
        }

        Map<String, ForeignCallSite> foreign = new LinkedHashMap<>();
        for (ForeignCall fc : analysis.foreignCalls()) {
            if (fc.caller() == null || fc.symbol() == null) {
                continue;
            }
            Node caller = definedNode(fc.caller(), null, nodes, idOf, analysis, vid);
            caller.foreignCalls += fc.count();
            foreign.merge(caller.id + '\u0000' + fc.symbol(),
                    new ForeignCallSite(caller.id, fc.symbol(), fc.count(), fc.library()),
                    (a, b) -> new ForeignCallSite(a.caller(), a.symbol(), a.count() + b.count(),
                            a.library() != null ? a.library() : b.library()));
        }

        Graph<String, Call> full = toGraph(nodes.keySet(), edges.values());
        Reachability.Result reach = Reachability.compute(full,
                id -> isSource(nodes.get(id)) && nodes.get(id).foreignCalls > 0,
                id -> isSource(nodes.get(id)) && nodes.get(id).unsafe);
        long stdCalls = 0;
        Map<String, Long> invokes = new TreeMap<>();
        for (Node n : nodes.values()) {
            n.reachesFfi = reach.reachesFfi().contains(n.id);
            n.reachesUnsafe = reach.reachesUnsafe().contains(n.id);
            n.recursive = reach.recursive().contains(n.id);
        }
        for (Edge e : edges.values()) {
            Node caller = nodes.get(e.caller);
            Node callee = nodes.get(e.callee);
            if (caller.std || caller.intrinsic) {
                continue;
            }
            if (callee.std) {
                stdCalls += e.count;
            } else if (!callee.intrinsic && !names.isOwn(callee.crate)
                    && !CrateNames.key(callee.crate).equals(CrateNames.key(caller.crate))) {
                invokes.merge(callee.crate, e.count, Long::sum);
            }
        }

        // 2. remove the standard library and intrinsics, keeping their call sites as counts
        for (Edge e : edges.values()) {
            Node caller = nodes.get(e.caller);
            Node callee = nodes.get(e.callee);
            if (!removed(caller)) {
                if (callee.std) {
                    caller.stdCalls += e.count;
                } else if (callee.intrinsic) {
                    caller.intrinsicCalls += e.count;
                }
            }
        }

        // 3. collapse monomorphised copies
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        for (Node n : nodes.values()) {
            if (!removed(n)) {
                String key = n.owner == null ? "\u0000" + n.id
                        : n.owner + '\u0000' + n.crate + '\u0000' + GenericNames.withoutGenericArgs(n.name);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            }
        }
        Map<String, String> finalId = new HashMap<>();
        Map<String, Node> pruned = new LinkedHashMap<>();
        for (List<Node> group : groups.values()) {
            Node merged = group.size() == 1 ? group.get(0) : collapse(group, vid);
            pruned.put(merged.id, merged);
            for (Node n : group) {
                finalId.put(n.id, merged.id);
            }
        }
        Map<String, Edge> prunedEdges = new LinkedHashMap<>();
        for (Edge e : edges.values()) {
            String a = finalId.get(e.caller);
            String b = finalId.get(e.callee);
            if (a == null || b == null) {
                continue;
            }
            Edge edge = prunedEdges.computeIfAbsent(a + '\u0000' + b + '\u0000' + e.kind, k -> new Edge(a, b, e.kind));
            edge.count += e.count;
            edge.provenance = edge.provenance == null ? e.provenance : edge.provenance.merge(e.provenance);
        }
        Map<String, ForeignCallSite> prunedForeign = new LinkedHashMap<>();
        for (ForeignCallSite s : foreign.values()) {
            String caller = finalId.get(s.caller());
            if (caller != null) {
                prunedForeign.merge(caller + '\u0000' + s.symbol(),
                        new ForeignCallSite(caller, s.symbol(), s.count(), s.library()),
                        (x, y) -> new ForeignCallSite(x.caller(), x.symbol(), x.count() + y.count(),
                                x.library() != null ? x.library() : y.library()));
            }
        }
        Graph<String, Call> graph = toGraph(pruned.keySet(), prunedEdges.values());

        // 4. the detail level
        Set<String> keep = switch (detail) {
            case FULL -> new HashSet<>(graph.vertexSet());
            case CRATE -> Set.of();
            case BOUNDARY -> boundary(graph, pruned);
        };
        if (keep.size() != graph.vertexSet().size()) {
            graph.removeAllVertices(new ArrayList<>(graph.vertexSet().stream().filter(v -> !keep.contains(v)).toList()));
        }
        Map<String, FunctionNode> out = new LinkedHashMap<>();
        for (Node n : pruned.values()) {
            if (keep.contains(n.id)) {
                out.put(n.id, n.freeze());
            }
        }
        List<ForeignCallSite> foreignOut = prunedForeign.values().stream().filter(s -> keep.contains(s.caller())).toList();
        GraphStats stats = new GraphStats(detail.name(), full.vertexSet().size(), full.edgeSet().size(),
                graph.vertexSet().size(), graph.edgeSet().size());
        return new CallGraph(vid, detail, graph, out, foreignOut, invokes, stdCalls, stats);
    }

    private static boolean isSource(Node n) {
        // the standard library's own FFI and unsafe code is not the crate's; stubs have no known body
        return !n.std && !n.intrinsic && n.owner != null;
    }

    private static boolean removed(Node n) {
        return n.std || n.intrinsic;
    }

    private static String versionOf(String versionId) {
        String v = versionId.substring(versionId.lastIndexOf('@') + 1);
        return "?".equals(v) ? null : v;
    }

    /** The node of a function this version defines, created bare when the analysis listed it only as a caller. */
    private static Node definedNode(String raw, String name, Map<String, Node> nodes, Map<String, String> idOf,
                                    CrateAnalysis analysis, String vid) {
        String id = idOf.computeIfAbsent(raw, r -> FunctionIds.of(r, name, vid));
        return nodes.computeIfAbsent(id, i -> new Node(i, name == null ? raw : name, analysis.name(),
                analysis.version(), vid));
    }

    private Node calleeNode(CallEdge e, Map<String, Node> nodes, Map<String, String> idOf, CrateNames names,
                            CrateAnalysis analysis, String vid) {
        String known = idOf.get(e.callee());
        if (known != null) {
            return nodes.get(known);
        }
        if (StandardLibrary.isIntrinsic(e.callee(), e.calleeName())) {
            return nodes.computeIfAbsent("llvm:" + e.callee(), i -> {
                Node n = new Node(i, e.callee(), null, null, null);
                n.intrinsic = true;
                return n;
            });
        }
        String crate = e.calleeCrate();
        if (names.isOwn(crate)) {
            // this crate's function, seen only as a callee (declared in IR, body elsewhere in the crate)
            return definedNode(e.callee(), e.calleeName(), nodes, idOf, analysis, vid);
        }
        String targetVersion = names.versionId(crate);
        String id = FunctionIds.of(e.callee(), e.calleeName(), targetVersion);
        idOf.put(e.callee(), id);
        return nodes.computeIfAbsent(id, i -> {
            Node n = new Node(i, e.calleeName() == null ? e.callee() : e.calleeName(), names.packageName(crate),
                    versionOf(targetVersion), null);
            n.std = std.contains(crate);
            return n;
        });
    }

    private static Node collapse(List<Node> group, String vid) {
        List<Node> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparing(n -> n.id));
        Node first = sorted.get(0);
        String name = GenericNames.withoutGenericArgs(first.name);
        Node m = new Node(vid + "/mono:" + first.crate + "/" + name, name, first.crate, first.version, first.owner);
        m.instantiatedIn = first.instantiatedIn;
        m.file = first.file;
        m.line = first.line;
        m.copies = 0;
        for (Node n : sorted) {
            m.copies += n.copies;
            m.linkage = "external".equals(n.linkage) || m.linkage == null ? n.linkage : m.linkage;
            m.exported |= n.exported;
            m.unsafe |= n.unsafe;
            m.provenance = m.provenance == null ? n.provenance : m.provenance.merge(n.provenance);
            m.stdCalls += n.stdCalls;
            m.intrinsicCalls += n.intrinsicCalls;
            m.indirectCalls += n.indirectCalls;
            m.foreignCalls += n.foreignCalls;
            m.reachesFfi |= n.reachesFfi;
            m.reachesUnsafe |= n.reachesUnsafe;
            m.recursive |= n.recursive;
            if (m.file == null && n.file != null) {
                m.file = n.file;
                m.line = n.line;
            }
        }
        return m;
    }

    /**
     * Functions on a path from an entry point (exported, or external linkage; when there is none, every function no
     * one calls) to a target (a function calling C, an unsafe function, or another crate's function).
     */
    private static Set<String> boundary(Graph<String, Call> graph, Map<String, Node> nodes) {
        List<String> roots = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n.owner != null && (n.exported || "external".equals(n.linkage))) {
                roots.add(n.id);
            }
        }
        if (roots.isEmpty()) {
            for (Node n : nodes.values()) {
                if (n.owner != null && graph.inDegreeOf(n.id) == 0) {
                    roots.add(n.id);
                }
            }
        }
        List<String> targets = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n.foreignCalls > 0 || n.unsafe || n.owner == null) {
                targets.add(n.id);
            }
        }
        Set<String> forward = walk(roots, v -> Graphs.successorListOf(graph, v));
        Set<String> backward = walk(targets, v -> Graphs.predecessorListOf(graph, v));
        forward.retainAll(backward);
        return forward;
    }

    private static Set<String> walk(List<String> starts, Function<String, List<String>> next) {
        Set<String> seen = new HashSet<>(starts);
        Deque<String> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty()) {
            for (String w : next.apply(todo.pop())) {
                if (seen.add(w)) {
                    todo.push(w);
                }
            }
        }
        return seen;
    }

    private static Graph<String, Call> toGraph(Set<String> vertices, Iterable<Edge> edges) {
        Graph<String, Call> g = new DirectedPseudograph<>(null, null, false);
        vertices.forEach(g::addVertex);
        for (Edge e : edges) {
            g.addEdge(e.caller, e.callee, new Call(e.caller, e.callee, e.kind, e.count, e.provenance));
        }
        return g;
    }
}
