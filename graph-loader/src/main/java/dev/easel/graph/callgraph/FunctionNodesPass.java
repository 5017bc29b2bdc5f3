package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.graph.callgraph.BuildState.Node;

/**
 * A node for every function the analysis lists: this version's own functions keyed by their path within the
 * version, other crates' code instantiated here scoped to this version. Duplicates (one function seen in IR and MIR)
 * merge their flags and provenance.
 */
final class FunctionNodesPass implements GraphPass {

    @Override
    public void apply(BuildState s) {
        for (FunctionInfo f : s.analysis.functions()) {
            if (f.id() == null) {
                continue;
            }
            boolean own = s.names.isOwn(f.crate());
            String id = own ? FunctionIds.of(f.id(), f.name(), s.versionId) : FunctionIds.scoped(f.id(), s.versionId);
            s.idOf.put(f.id(), id);
            Node n = s.nodes.get(id);
            if (n == null) {
                String crate = f.crate() == null ? s.analysis.name() : f.crate();
                n = new Node(id, f.name() == null ? f.id() : f.name(), s.names.packageName(crate),
                        own ? s.analysis.version() : versionOf(s.names.versionId(crate)), s.versionId);
                n.std = s.std.contains(f.crate());
                n.instantiatedIn = f.instantiatedIn();
                n.file = f.file();
                n.line = f.line();
                n.linkage = f.linkage();
                s.nodes.put(id, n);
            }
            n.exported |= f.exported();
            n.unsafe |= f.unsafe();
            n.provenance = n.provenance == null ? f.provenance() : n.provenance.merge(f.provenance());
        }
    }

    /** The version part of a version id, null when unknown ("?"). */
    static String versionOf(String versionId) {
        String v = versionId.substring(versionId.lastIndexOf('@') + 1);
        return "?".equals(v) ? null : v;
    }

    /** The node of a function this version defines, created bare when the analysis listed it only as a caller. */
    static Node definedNode(BuildState s, String raw, String name) {
        String id = s.idOf.computeIfAbsent(raw, r -> FunctionIds.of(r, name, s.versionId));
        return s.nodes.computeIfAbsent(id, i -> new Node(i, name == null ? raw : name, s.analysis.name(),
                s.analysis.version(), s.versionId));
    }
}
