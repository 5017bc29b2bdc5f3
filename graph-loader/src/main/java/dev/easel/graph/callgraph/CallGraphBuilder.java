package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.CrateAnalysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one crate version's call graph from its {@link CrateAnalysis} and prunes it, as an ordered list of named
 * {@link GraphPass}es over one {@link BuildState}:
 * <ol>
 *   <li>{@link FunctionNodesPass}, {@link CallEdgesPass}, {@link ForeignCallsPass}: the full graph, with a stub for
 *       every callee the analysis does not define;</li>
 *   <li>{@link ReachabilityPass}: reachability of FFI and unsafe code over the full graph;</li>
 *   <li>{@link CrateCallsPass}: calls into other crates and into the standard library;</li>
 *   <li>{@link StandardLibraryPass}: the standard library's internals and intrinsics leave, their call sites kept
 *       as counts on callers;</li>
 *   <li>{@link MonomorphisationPass}: monomorphised copies of one generic function collapse into one node;</li>
 *   <li>{@link DetailPass}: the {@link Detail} level keeps all, the boundary paths, or no functions.</li>
 * </ol>
 */
public final class CallGraphBuilder {

    static final List<GraphPass> PASSES = List.of(new FunctionNodesPass(), new CallEdgesPass(),
            new ForeignCallsPass(), new ReachabilityPass(), new CrateCallsPass(), new StandardLibraryPass(),
            new MonomorphisationPass(), new DetailPass());

    private final Detail detail;
    private final StandardLibrary std;

    public CallGraphBuilder(Detail detail, StandardLibrary std) {
        this.detail = detail;
        this.std = std;
    }

    public static CallGraph build(CrateAnalysis analysis, Detail detail) {
        return new CallGraphBuilder(detail, StandardLibrary.DEFAULT).build(analysis);
    }

    public CallGraph build(CrateAnalysis analysis) {
        BuildState s = new BuildState(analysis, std, detail);
        for (GraphPass pass : PASSES) {
            pass.apply(s);
        }
        Map<String, FunctionNode> functions = new LinkedHashMap<>();
        s.pruned.values().stream().filter(n -> s.keep.contains(n.id)).forEach(n -> functions.put(n.id, n.freeze()));
        List<ForeignCallSite> foreign = s.prunedForeign.values().stream()
                .filter(site -> s.keep.contains(site.caller())).toList();
        GraphStats stats = new GraphStats(detail.name(), s.full.vertexSet().size(), s.full.edgeSet().size(),
                s.graph.vertexSet().size(), s.graph.edgeSet().size());
        return new CallGraph(s.versionId, detail, s.graph, functions, foreign, s.invokes, s.stdCalls, stats);
    }
}
