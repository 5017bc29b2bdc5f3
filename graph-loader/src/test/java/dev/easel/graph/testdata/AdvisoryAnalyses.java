package dev.easel.graph.testdata;

import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.Provenance;
import dev.easel.analyzer.model.ResolvedDependency;

import java.util.ArrayList;
import java.util.List;

/**
 * The analyses of testdata/advisory-crates written out by hand, with the function names and calls the real build of
 * those crates gives (cli's AdvisoriesEndToEndTest builds them with cargo): vuln-lib 1.0.0 (affected) and 1.1.0
 * (patched), mid-lib, and the app-* crates. Symbols are stand-ins; what matters is that they are mangled, so
 * functions are keyed by version and name as in a real load.
 */
public final class AdvisoryAnalyses {

    private static final BuildOutcome OK = new BuildOutcome(BuildOutcome.Status.OK, null, List.of(), "ok", null,
            "rustc 1.95.0", "", false, 1);

    private AdvisoryAnalyses() {
    }

    /** Every crate of testdata/advisory-crates. */
    public static List<CrateAnalysis> all() {
        return List.of(vulnLib("1.0.0"), vulnLib("1.1.0"), midLib(), caller("app-two-hops", "run", "mid_lib::load",
                        List.of(dep("mid-lib", "0.1.0"), dep("vuln-lib", "1.0.0"))),
                caller("app-unused", "which", "vuln_lib::version", List.of(dep("vuln-lib", "1.0.0"))),
                caller("app-patched", "load", "vuln_lib::parse", List.of(dep("vuln-lib", "1.1.0"))),
                caller("app-trait", "clean", "<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize",
                        List.of(dep("vuln-lib", "1.0.0"))),
                caller("app-reexport", "unpack", "vuln_lib::inner::decode", List.of(dep("vuln-lib", "1.0.0"))),
                appGeneric());
    }

    static String sym(String name) {
        return "_R" + name; // a stand-in v0 symbol: unique per name, and mangled
    }

    private static FunctionInfo fn(String name, String crate) {
        return new FunctionInfo(sym(name), name, crate, null, "src/lib.rs", 1, "external", false, false,
                Provenance.BOTH);
    }

    private static CallEdge call(String caller, String callee, String calleeCrate) {
        return new CallEdge(sym(caller), sym(callee), callee, calleeCrate, CallEdge.Kind.DIRECT, 1, Provenance.BOTH);
    }

    private static ResolvedDependency dep(String name, String version) {
        return new ResolvedDependency(name, version, DependencyKind.NORMAL);
    }

    /** vuln-lib: the same API in both versions, as the two fixture folders have it. */
    public static CrateAnalysis vulnLib(String version) {
        List<FunctionInfo> functions = new ArrayList<>();
        for (String name : List.of("vuln_lib::parse", "vuln_lib::checked_len", "vuln_lib::version",
                "vuln_lib::inner::decode", "vuln_lib::a::reset", "vuln_lib::b::reset", "<vuln_lib::Parser>::feed",
                "<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize")) {
            functions.add(fn(name, "vuln_lib"));
        }
        // MIR-only: the generic parse_all, and inner::decode printed under its re-exported path
        functions.add(new FunctionInfo("mir:vuln_lib::decode", "vuln_lib::decode", "vuln_lib", null, null, 0, null,
                false, false, Provenance.MIR));
        functions.add(new FunctionInfo("mir:vuln_lib::parse_all", "vuln_lib::parse_all", "vuln_lib", null, null, 0,
                null, false, false, Provenance.MIR));
        return CrateAnalysis.builder("vuln-lib", version).build(OK).functions(functions)
                .calls(List.of(call("vuln_lib::parse", "vuln_lib::checked_len", "vuln_lib"),
                        call("<vuln_lib::Parser>::feed", "vuln_lib::parse", "vuln_lib")))
                .build();
    }

    public static CrateAnalysis midLib() {
        return CrateAnalysis.builder("mid-lib", "0.1.0").build(OK).resolved(List.of(dep("vuln-lib", "1.0.0")))
                .functions(List.of(fn("mid_lib::load", "mid_lib")))
                .calls(List.of(call("mid_lib::load", "vuln_lib::parse", "vuln_lib")))
                .build();
    }

    /** A crate with one function calling one function of a dependency. */
    private static CrateAnalysis caller(String crate, String function, String callee, List<ResolvedDependency> deps) {
        String lib = crate.replace('-', '_');
        String calleeCrate = callee.startsWith("<") ? callee.substring(1, callee.indexOf("::")) : callee.substring(0,
                callee.indexOf("::"));
        return CrateAnalysis.builder(crate, "0.1.0").build(OK).resolved(deps)
                .functions(List.of(fn(lib + "::" + function, lib)))
                .calls(List.of(call(lib + "::" + function, callee, calleeCrate)))
                .build();
    }

    /** app-generic: its copy of vuln-lib's generic parse_all calls back into vuln-lib. */
    public static CrateAnalysis appGeneric() {
        FunctionInfo copy = new FunctionInfo(sym("vuln_lib::parse_all::<&str>"), "vuln_lib::parse_all::<&str>",
                "vuln_lib", "app_generic", "src/lib.rs", 1, "internal", false, false, Provenance.BOTH);
        return CrateAnalysis.builder("app-generic", "0.1.0").build(OK).resolved(List.of(dep("vuln-lib", "1.0.0")))
                .functions(List.of(fn("app_generic::count", "app_generic"), copy))
                .calls(List.of(call("app_generic::count", "vuln_lib::parse_all::<&str>", "vuln_lib"),
                        call("vuln_lib::parse_all::<&str>", "vuln_lib::checked_len", "vuln_lib")))
                .build();
    }
}
