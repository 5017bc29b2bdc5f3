package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.ForeignCall;
import dev.easel.graph.callgraph.BuildState.Node;

/** The calls into C: one site per (caller, symbol) with its count and library, and the caller's FFI count. */
final class ForeignCallsPass implements GraphPass {

    @Override
    public void apply(BuildState s) {
        for (ForeignCall fc : s.analysis.foreignCalls()) {
            if (fc.caller() == null || fc.symbol() == null) {
                continue;
            }
            Node caller = FunctionNodesPass.definedNode(s, fc.caller(), null);
            caller.foreignCalls += fc.count();
            BuildState.addForeign(s.foreign, new ForeignCallSite(caller.id, fc.symbol(), fc.count(), fc.library()));
        }
    }
}
