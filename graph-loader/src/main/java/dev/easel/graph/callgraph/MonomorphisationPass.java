package dev.easel.graph.callgraph;

import dev.easel.graph.callgraph.BuildState.Edge;
import dev.easel.graph.callgraph.BuildState.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monomorphised copies of one generic function (same defining version, same crate, same name without generic
 * arguments) collapse into one node whose counts and flags sum or join theirs; edges and FFI sites are re-pointed
 * to the merged nodes. Builds the pruned graph.
 */
final class MonomorphisationPass implements GraphPass {

    @Override
    public void apply(BuildState s) {
        Map<String, List<Node>> groups = new LinkedHashMap<>();
        for (Node n : s.nodes.values()) {
            if (!n.removed()) {
                String key = n.owner == null ? "\u0000" + n.id
                        : n.owner + '\u0000' + n.crate + '\u0000' + GenericNames.withoutGenericArgs(n.name);
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
            }
        }
        Map<String, String> finalId = new HashMap<>();
        for (List<Node> group : groups.values()) {
            Node merged = group.size() == 1 ? group.get(0) : collapse(group, s.versionId);
            s.pruned.put(merged.id, merged);
            for (Node n : group) {
                finalId.put(n.id, merged.id);
            }
        }
        for (Edge e : s.edges.values()) {
            String a = finalId.get(e.caller);
            String b = finalId.get(e.callee);
            if (a != null && b != null) {
                Edge.add(s.prunedEdges, a, b, e.kind, e.count, e.provenance);
            }
        }
        for (ForeignCallSite site : s.foreign.values()) {
            String caller = finalId.get(site.caller());
            if (caller != null) {
                BuildState.addForeign(s.prunedForeign,
                        new ForeignCallSite(caller, site.symbol(), site.count(), site.library()));
            }
        }
        s.graph = BuildState.toGraph(s.pruned.keySet(), s.prunedEdges.values());
    }

    private static Node collapse(List<Node> group, String versionId) {
        List<Node> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparing(n -> n.id));
        Node first = sorted.get(0);
        String name = GenericNames.withoutGenericArgs(first.name);
        Node m = new Node(FunctionIds.collapsed(versionId, first.crate, name), name, first.crate, first.version,
                first.owner);
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
}
