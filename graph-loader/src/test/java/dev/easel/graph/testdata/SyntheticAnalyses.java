package dev.easel.graph.testdata;

import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Export;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.LinkedLibrary;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.Provenance;
import dev.easel.analyzer.model.ResolvedDependency;
import dev.easel.analyzer.model.UnsafeCounters;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Made-up crate analyses with the shapes of real ones (per function about three calls, a tenth into std, a twentieth
 * into the previous crate, some unsafe, some FFI, generic functions with several monomorphised copies), produced
 * lazily one at a time so that input size never shows in memory. Deterministic for a seed.
 */
public record SyntheticAnalyses(int crates, int functionsPerCrate, long seed) implements Iterable<CrateAnalysis> {

    @Override
    public Iterator<CrateAnalysis> iterator() {
        return IntStream.range(0, crates).mapToObj(this::crate).iterator();
    }

    static String crateName(int i) {
        return "synth-" + i;
    }

    private static String symbolCrate(int i) {
        return "synth_" + i;
    }

    /** A v0-like symbol, unique per crate and function. */
    static String symbol(int crate, int fn) {
        String c = symbolCrate(crate);
        String f = "f" + fn;
        return "_RNvCs" + Integer.toString(crate, 36) + "_" + c.length() + c + f.length() + f;
    }

    public CrateAnalysis crate(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        String name = crateName(i);
        String sc = symbolCrate(i);
        int n = functionsPerCrate;
        List<FunctionInfo> functions = new ArrayList<>(n);
        List<CallEdge> calls = new ArrayList<>(n * 3);
        List<ForeignCall> foreign = new ArrayList<>();
        List<Export> exports = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            boolean generic = j % 10 == 9; // every tenth function is a copy of the generic before it
            String fname = generic ? sc + "::gen" + (j / 30) + "::<T" + (j % 3) + ">" : sc + "::m" + (j / 20) + "::f" + j;
            boolean exported = j % 50 == 0;
            String id = exported ? sc + "_export_" + j : symbol(i, j);
            functions.add(new FunctionInfo(id, fname, sc, null, "src/m" + (j / 20) + ".rs", 1 + j % 400,
                    j % 4 == 0 ? "external" : "internal", exported, rnd.nextInt(10) == 0, Provenance.IR));
            if (exported) {
                exports.add(new Export(id, "src/lib.rs", j));
            }
        }
        for (int j = 0; j < n; j++) {
            String caller = functions.get(j).id();
            int fanOut = 1 + rnd.nextInt(5);
            for (int k = 0; k < fanOut; k++) {
                int roll = rnd.nextInt(100);
                if (roll < 10) {
                    calls.add(new CallEdge(caller, "_RNvNtCs9_4core3fmt" + rnd.nextInt(40), "core::fmt::f", "core",
                            CallEdge.Kind.DIRECT, 1 + rnd.nextInt(3), Provenance.IR));
                } else if (roll < 15 && i > 0) {
                    int target = rnd.nextInt(functionsPerCrate);
                    calls.add(new CallEdge(caller, symbol(i - 1, target), symbolCrate(i - 1) + "::f" + target,
                            symbolCrate(i - 1), CallEdge.Kind.DIRECT, 1, Provenance.IR));
                } else if (roll < 16) {
                    calls.add(new CallEdge(caller, "llvm.memcpy.p0.p0.i64", "llvm.memcpy.p0.p0.i64", null,
                            CallEdge.Kind.DIRECT, 1, Provenance.IR));
                } else if (roll < 18) {
                    calls.add(new CallEdge(caller, null, null, null, CallEdge.Kind.INDIRECT, 1, Provenance.IR));
                } else {
                    // mostly calls "down" the module tree, sometimes back up (cycles)
                    int target = roll < 22 ? rnd.nextInt(n) : Math.min(n - 1, j + 1 + rnd.nextInt(Math.max(1, n / 10)));
                    if (target != j || roll < 19) {
                        calls.add(new CallEdge(caller, functions.get(target).id(), null, sc,
                                roll < 60 ? CallEdge.Kind.DIRECT : CallEdge.Kind.INVOKE, 1 + rnd.nextInt(2),
                                roll < 80 ? Provenance.IR : Provenance.BOTH));
                    }
                }
            }
            if (rnd.nextInt(20) == 0) {
                foreign.add(new ForeignCall(caller, "c_fn_" + rnd.nextInt(200), 1 + rnd.nextInt(3),
                        "lib" + rnd.nextInt(10)));
            }
        }
        List<Dependency> deps = new ArrayList<>();
        List<ResolvedDependency> resolved = new ArrayList<>();
        for (int d = 1; d <= 3 && i - d >= 0; d++) {
            deps.add(new Dependency(crateName(i - d), null, "^1.0", d == 3 ? DependencyKind.BUILD : DependencyKind.NORMAL,
                    d == 2, true, List.of(), null, Dependency.Source.REGISTRY, null));
            resolved.add(new ResolvedDependency(crateName(i - d), "1.0.0",
                    d == 3 ? DependencyKind.BUILD : DependencyKind.NORMAL));
        }
        List<LinkedLibrary> links = i % 20 == 0 ? List.of(new LinkedLibrary("lib" + (i % 10), "dylib", "build-script", name))
                : List.of();
        return CrateAnalysis.builder(name, "1.0.0")
                .manifest(new Manifest(name, "1.0.0", null, "2021", null, null, "MIT", null, null, null, List.of(), false,
                        Map.of(), deps, null))
                .build(new BuildOutcome(BuildOutcome.Status.OK, null, List.of(), "ok", null, "rustc 1.95.0", "", false, 1))
                .unsafeCounters(new UnsafeCounters(new UnsafeCounters.Count(n, n / 10), new UnsafeCounters.Count(n * 10, n),
                        UnsafeCounters.Count.ZERO, UnsafeCounters.Count.ZERO, UnsafeCounters.Count.ZERO,
                        n / 10, 1, 3, 0, 0, 0, n / 20, 0, List.of()))
                .linkedLibraries(links)
                .resolved(resolved)
                .functions(functions)
                .calls(calls)
                .foreignCalls(foreign)
                .exports(exports)
                .build();
    }
}
