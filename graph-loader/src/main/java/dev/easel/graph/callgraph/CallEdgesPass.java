package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.CallEdge;
import dev.easel.graph.callgraph.BuildState.Edge;
import dev.easel.graph.callgraph.BuildState.Node;

/**
 * The calls: IR and MIR edges summed per (caller, callee, kind) with their provenance merged; a stub node for every
 * callee the analysis does not define (another crate's function, the standard library's, an LLVM intrinsic);
 * indirect calls kept as a count on the caller.
 */
final class CallEdgesPass implements GraphPass {

    @Override
    public void apply(BuildState s) {
        for (CallEdge e : s.analysis.calls()) {
            if (e.caller() == null) {
                continue;
            }
            Node caller = FunctionNodesPass.definedNode(s, e.caller(), null);
            if (e.callee() == null || e.kind() == CallEdge.Kind.INDIRECT) {
                caller.indirectCalls += e.count();
                continue;
            }
            Node callee = calleeNode(s, e);
            Edge.add(s.edges, caller.id, callee.id, e.kind() == null ? CallEdge.Kind.DIRECT : e.kind(), e.count(),
                    e.provenance());
        }
    }

    private static Node calleeNode(BuildState s, CallEdge e) {
        String known = s.idOf.get(e.callee());
        if (known != null) {
            return s.nodes.get(known);
        }
        if (StandardLibrary.isIntrinsic(e.callee(), e.calleeName())) {
            return s.nodes.computeIfAbsent("llvm:" + e.callee(), i -> {
                Node n = new Node(i, e.callee(), null, null, null);
                n.intrinsic = true;
                return n;
            });
        }
        String crate = e.calleeCrate();
        if (s.names.isOwn(crate)) {
            // this crate's function, seen only as a callee (declared in IR, body elsewhere in the crate)
            return FunctionNodesPass.definedNode(s, e.callee(), e.calleeName());
        }
        String targetVersion = s.names.versionId(crate);
        String id = FunctionIds.of(e.callee(), e.calleeName(), targetVersion);
        s.idOf.put(e.callee(), id);
        return s.nodes.computeIfAbsent(id, i -> {
            Node n = new Node(i, e.calleeName() == null ? e.callee() : e.calleeName(), s.names.packageName(crate),
                    FunctionNodesPass.versionOf(targetVersion), null);
            n.std = s.std.contains(crate);
            return n;
        });
    }
}
