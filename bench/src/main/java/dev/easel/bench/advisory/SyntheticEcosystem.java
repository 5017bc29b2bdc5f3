package dev.easel.bench.advisory;

import dev.easel.analyzer.advisory.Advisory;
import dev.easel.analyzer.advisory.AffectedFunction;
import dev.easel.analyzer.advisory.VersionRequirement;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.Provenance;
import dev.easel.analyzer.model.ResolvedDependency;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A made-up ecosystem for the advisory reach benchmark, deterministic for a seed: crates depend on up to four earlier
 * crates, chosen with a strong lean towards the first ones (a few very popular crates, a long tail), every build
 * resolves its whole dependency closure. A function makes one to five calls: 3 % into a direct dependency's public
 * functions by their real names (so call paths cross crates as in a real graph, and a crate uses a part of its
 * dependencies' code only), 12 % into std, 2 % anywhere in its crate (cycles), the rest forward within its module.
 * With 1,000 crates of 200 functions about a quarter of the versions exposed to an advisory reach it. Functions are plain ({@code synth_3::m1::f27}),
 * inherent methods ({@code <synth_3::T1>::f28}) or trait impls ({@code <synth_3::T1 as synth_3::Tr>::f29}). The
 * advisories name functions of crates picked with the same lean, a third of them naming none.
 */
public final class SyntheticEcosystem {

    private static final BuildOutcome OK = new BuildOutcome(BuildOutcome.Status.OK, null, List.of(), "ok", null,
            "rustc 1.95.0", "", false, 1);

    private final int crates;
    private final int functionsPerCrate;
    private final long seed;
    private final int[][] dependencies;
    private final BitSet[] closures;

    public SyntheticEcosystem(int crates, int functionsPerCrate, long seed) {
        this.crates = crates;
        this.functionsPerCrate = functionsPerCrate;
        this.seed = seed;
        dependencies = new int[crates][];
        closures = new BitSet[crates];
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < crates; i++) {
            int wanted = i == 0 ? 0 : 1 + rnd.nextInt(Math.min(i, 4));
            BitSet direct = new BitSet();
            while (direct.cardinality() < wanted) {
                direct.set(popular(rnd, i));
            }
            dependencies[i] = direct.stream().toArray();
            BitSet closure = new BitSet();
            for (int d : dependencies[i]) {
                closure.set(d);
                closure.or(closures[d]);
            }
            closures[i] = closure;
        }
    }

    /** An index below {@code bound}, the lower the likelier (u² puts half the picks in the first quarter). */
    private static int popular(SplittableRandom rnd, int bound) {
        double u = rnd.nextDouble();
        return Math.min(bound - 1, (int) (bound * u * u));
    }

    public int crates() {
        return crates;
    }

    static String crateName(int i) {
        return "synth-" + i;
    }

    private static String lib(int i) {
        return "synth_" + i;
    }

    /** The demangled name of function {@code j} of crate {@code i}. */
    static String functionName(int i, int j) {
        String lib = lib(i);
        return switch (j % 7) {
            case 3 -> "<" + lib + "::T" + j / 20 + ">::f" + j;
            case 5 -> "<" + lib + "::T" + j / 20 + " as " + lib + "::Tr>::f" + j;
            default -> lib + "::m" + j / 20 + "::f" + j;
        };
    }

    /** What an advisory writes for function {@code j} of crate {@code i}. */
    static String advisoryPath(int i, int j) {
        return j % 7 == 3 || j % 7 == 5 ? lib(i) + "::T" + j / 20 + "::f" + j : lib(i) + "::m" + j / 20 + "::f" + j;
    }

    private static String symbol(int i, int j) {
        return "_RNv" + lib(i) + "_" + j; // a stand-in: mangled, unique per function
    }

    /** The analyses, produced lazily one at a time. */
    public Iterable<CrateAnalysis> analyses() {
        return () -> IntStream.range(0, crates).mapToObj(this::crate).iterator();
    }

    public CrateAnalysis crate(int i) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + i);
        int n = functionsPerCrate;
        List<FunctionInfo> functions = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            functions.add(new FunctionInfo(symbol(i, j), functionName(i, j), lib(i), null, "src/m" + j / 20 + ".rs",
                    1 + j % 400, j % 4 == 0 ? "external" : "internal", false, rnd.nextInt(10) == 0, Provenance.BOTH));
        }
        List<CallEdge> calls = new ArrayList<>(n * 3);
        for (int j = 0; j < n; j++) {
            int fanOut = 1 + rnd.nextInt(5);
            for (int k = 0; k < fanOut; k++) {
                int roll = rnd.nextInt(100);
                if (roll < 3 && dependencies[i].length > 0) {
                    // into a dependency's public functions (external linkage: every fourth)
                    int d = dependencies[i][rnd.nextInt(dependencies[i].length)];
                    int t = 4 * rnd.nextInt(Math.max(1, n / 4));
                    calls.add(new CallEdge(symbol(i, j), symbol(d, t), functionName(d, t), lib(d),
                            CallEdge.Kind.DIRECT, 1, Provenance.BOTH));
                } else if (roll < 15) {
                    calls.add(new CallEdge(symbol(i, j), "_RNvNtCs9_4core3fmt" + rnd.nextInt(40), "core::fmt::f",
                            "core", CallEdge.Kind.DIRECT, 1, Provenance.IR));
                } else {
                    // mostly forward within the function's module; now and then anywhere in the crate (cycles)
                    int end = Math.min(n - 1, j / 20 * 20 + 19);
                    int t = roll < 17 ? rnd.nextInt(n) : j < end ? j + 1 + rnd.nextInt(end - j) : j;
                    if (t != j) {
                        calls.add(new CallEdge(symbol(i, j), symbol(i, t), functionName(i, t), lib(i),
                                roll < 60 ? CallEdge.Kind.DIRECT : CallEdge.Kind.INVOKE, 1, Provenance.BOTH));
                    }
                }
            }
        }
        List<ResolvedDependency> resolved = new ArrayList<>();
        closures[i].stream().forEach(d -> resolved.add(new ResolvedDependency(crateName(d), "1.0.0",
                DependencyKind.NORMAL)));
        return CrateAnalysis.builder(crateName(i), "1.0.0").build(OK).resolved(resolved).functions(functions)
                .calls(calls).build();
    }

    /**
     * {@code count} advisories on crates picked with the ecosystem's lean, each affecting 1.0.0 (patched from
     * 1.0.1); two in three name one to three functions, the others none.
     */
    public List<Advisory> advisories(int count) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5eed);
        List<Advisory> out = new ArrayList<>(count);
        List<VersionRequirement> patched = List.of(VersionRequirement.parse(">= 1.0.1"));
        for (int k = 0; k < count; k++) {
            int c = popular(rnd, crates);
            List<AffectedFunction> functions = new ArrayList<>();
            if (k % 3 != 2) {
                int named = Math.min(functionsPerCrate, 1 + rnd.nextInt(3));
                BitSet picked = new BitSet();
                while (picked.cardinality() < named) {
                    picked.set(rnd.nextInt(functionsPerCrate));
                }
                picked.stream().forEach(j -> functions.add(new AffectedFunction(advisoryPath(c, j),
                        List.of(VersionRequirement.parse("< 1.0.1")), 0)));
            }
            out.add(new Advisory(String.format("RUSTSEC-2099-%04d", k + 1), crateName(c), "2099-01-01",
                    "Synthetic advisory " + (k + 1), null, List.of(), List.of(), List.of(), List.of(), List.of(), null,
                    null, null, patched, List.of(), functions, List.of(), List.of(), "synthetic"));
        }
        return out;
    }
}
