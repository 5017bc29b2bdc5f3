package dev.easel.graph.testdata;

import dev.easel.analyzer.model.NativeLanguage;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.BuildScriptEffect;
import dev.easel.analyzer.model.BuildScriptEffects;
import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Export;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.LinkedLibrary;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.NativeCode;
import dev.easel.analyzer.model.Provenance;
import dev.easel.analyzer.model.ResolvedDependency;
import dev.easel.analyzer.model.UnsafeCounters;
import dev.easel.analyzer.model.VcsInfo;

import java.util.List;
import java.util.Map;

import static dev.easel.analyzer.model.CallEdge.Kind.DIRECT;
import static dev.easel.analyzer.model.CallEdge.Kind.INDIRECT;
import static dev.easel.analyzer.model.CallEdge.Kind.INVOKE;
import static dev.easel.analyzer.model.Provenance.BOTH;
import static dev.easel.analyzer.model.Provenance.IR;
import static dev.easel.analyzer.model.Provenance.MIR;

/**
 * Hand-made analyses whose graphs are worked out by hand in the tests (see the comment on {@link #zlibby()}).
 */
public final class SampleAnalyses {

    public static final String F1 = "_RNvCs1_6zlibby8compress";
    public static final String F2 = "_RNvCs1_6zlibby6helper";
    public static final String F3 = "_RNvCs1_6zlibby11raw_deflate";
    public static final String G1 = "_RINvCs1_6zlibby7genericheEB2_";
    public static final String G2 = "_RINvCs1_6zlibby7genericmEB2_";
    public static final String F4 = "_RNvCs1_6zlibby6unused";
    public static final String F5 = "_RNvCs1_6zlibby3rec";
    public static final String F6 = "_RNvCs1_6zlibby4rec2";
    public static final String F7 = "zlibby_version";
    public static final String S1 = "_RNvMs_NtCs2_5alloc3vecINtB2_3VechE4pushCs1_6zlibby";
    public static final String C1 = "_RNCNvCs1_6zlibby8compress0";
    public static final String CORE_DROP = "_RINvNtCs3_4core3ptr13drop_in_placeReEB2_";
    public static final String MINIZ_INFLATE = "_RNvCs4_8miniz_rs7inflate";
    public static final String MEMCPY = "llvm.memcpy.p0.p0.i64";

    private SampleAnalyses() {
    }

    private static FunctionInfo fn(String id, String name, String crate, String linkage, boolean exported,
                                   boolean unsafe) {
        return new FunctionInfo(id, name, crate, null, "src/lib.rs", 10, linkage, exported, unsafe, IR);
    }

    private static CallEdge call(String a, String b, String name, String crate, CallEdge.Kind kind, int count,
                                 Provenance p) {
        return new CallEdge(a, b, name, crate, kind, count, p);
    }

    /**
     * zlibby 1.0.0. Full graph: 11 functions + 3 callee stubs (llvm.memcpy, core's drop_in_place, miniz_rs::inflate)
     * = 14 nodes, 17 edges. After removing std (S1, drop_in_place) and the intrinsic and collapsing generic::<u8> and
     * generic::<u32>: 10 nodes, 11 edges (FULL). BOUNDARY, from the roots compress (external) and zlibby_version
     * (exported) to the targets raw_deflate and the closure (FFI), helper (unsafe) and miniz_rs::inflate (another
     * crate): compress, helper, generic, raw_deflate, rec, rec2, miniz_rs::inflate = 7 nodes, 10 edges.
     */
    public static CrateAnalysis zlibby() {
        return CrateAnalysis.builder("zlibby", "1.0.0")
                .manifest(new Manifest("zlibby", "1.0.0", null, "2021", "z", "build.rs", "MIT", null, null, null, List.of(),
                        false, Map.of(), List.of(
                        new Dependency("miniz-rs", null, "^0.2", DependencyKind.NORMAL, false, true, List.of("simd"),
                                null, Dependency.Source.REGISTRY, null),
                        new Dependency("cc", null, "1.0", DependencyKind.BUILD, false, true, List.of(), null,
                                Dependency.Source.REGISTRY, null)), null))
                .build(new BuildOutcome(BuildOutcome.Status.OK, null, List.of(), "ok", null, "rustc 1.95.0", "", false, 10))
                .unsafeCounters(new UnsafeCounters(new UnsafeCounters.Count(5, 1), new UnsafeCounters.Count(40, 7),
                        new UnsafeCounters.Count(1, 0), UnsafeCounters.Count.ZERO, new UnsafeCounters.Count(2, 1),
                        3, 1, 2, 0, 0, 0, 4, 0, List.of()))
                .nativeCode(new NativeCode(List.of(new NativeCode.LanguageCount(NativeLanguage.C, 3, 1200),
                        new NativeCode.LanguageCount(NativeLanguage.ASSEMBLY, 1, 50)), List.of(), List.of("cc")))
                .vcs(new VcsInfo(true, "b4d8564f38ac5dc928da5e6325ef3f4dd9cfd519", true, "zlibby", false))
                .buildScript(new BuildScriptEffects("build.rs", List.of(
                        new BuildScriptEffects.Finding(BuildScriptEffect.NATIVE_COMPILE, "cc", "build.rs", 3,
                                BuildScriptEffects.Basis.INFERRED),
                        new BuildScriptEffects.Finding(BuildScriptEffect.NATIVE_COMPILE, "cc", "syscalls", 40,
                                BuildScriptEffects.Basis.OBSERVED),
                        new BuildScriptEffects.Finding(BuildScriptEffect.NETWORK, "192.0.2.1:80 (refused: ENETUNREACH)",
                                "syscalls", 41, BuildScriptEffects.Basis.OBSERVED))))
                .linkedLibraries(List.of(new LinkedLibrary("z", "dylib", "build-script", "zlibby")))
                .resolved(List.of(new ResolvedDependency("miniz-rs", "0.2.0", DependencyKind.NORMAL)))
                .functions(List.of(
                        fn(F1, "zlibby::compress", "zlibby", "external", false, false),
                        fn(F2, "zlibby::helper", "zlibby", "internal", false, true),
                        fn(F3, "zlibby::raw_deflate", "zlibby", "internal", false, false),
                        fn(G1, "zlibby::generic::<u8>", "zlibby", "internal", false, false),
                        fn(G2, "zlibby::generic::<u32>", "zlibby", "internal", false, false),
                        fn(F4, "zlibby::unused", "zlibby", "internal", false, false),
                        fn(F5, "zlibby::rec", "zlibby", "internal", false, false),
                        fn(F6, "zlibby::rec2", "zlibby", "internal", false, false),
                        fn(F7, "zlibby_version", "zlibby", "external", true, false),
                        new FunctionInfo(S1, "<alloc::vec::Vec<u8>>::push", "alloc", "zlibby", null, 0, "internal",
                                false, false, IR),
                        fn(C1, "zlibby::compress::{closure#0}", "zlibby", "internal", false, false)))
                .calls(List.of(
                        call(F1, F2, "zlibby::helper", "zlibby", DIRECT, 1, IR),
                        call(F1, F2, "zlibby::helper", "zlibby", DIRECT, 1, MIR),
                        call(F1, G1, null, "zlibby", DIRECT, 2, IR),
                        call(F1, G2, null, "zlibby", INVOKE, 1, BOTH),
                        call(F1, S1, null, "alloc", DIRECT, 3, IR),
                        call(S1, C1, null, "zlibby", DIRECT, 1, IR),
                        call(F1, MEMCPY, MEMCPY, null, DIRECT, 4, IR),
                        call(F2, CORE_DROP, "core::ptr::drop_in_place::<&u8>", "core", DIRECT, 2, IR),
                        call(F1, MINIZ_INFLATE, "miniz_rs::inflate", "miniz_rs", DIRECT, 1, IR),
                        call(F1, null, null, null, INDIRECT, 2, IR),
                        call(G1, F3, null, "zlibby", DIRECT, 1, IR),
                        call(G2, F3, null, "zlibby", DIRECT, 1, IR),
                        call(F1, F5, null, "zlibby", DIRECT, 1, IR),
                        call(F5, F5, null, "zlibby", DIRECT, 1, IR),
                        call(F5, F6, null, "zlibby", DIRECT, 1, IR),
                        call(F6, F5, null, "zlibby", DIRECT, 1, IR),
                        call(F6, F2, null, "zlibby", DIRECT, 1, IR),
                        call(F4, CORE_DROP, "core::ptr::drop_in_place::<&u8>", "core", DIRECT, 1, IR),
                        call(F4, C1, null, "zlibby", DIRECT, 1, IR)))
                .foreignCalls(List.of(
                        new ForeignCall(F3, "deflate", 2, "z"),
                        new ForeignCall(C1, "crc32", 1, "z")))
                .exports(List.of(new Export(F7, "src/lib.rs", 40)))
                .build();
    }

    /** miniz-rs 0.2.0: its inflate (the function zlibby calls) calls C's inflate. */
    public static CrateAnalysis minizRs() {
        return CrateAnalysis.builder("miniz-rs", "0.2.0")
                .build(new BuildOutcome(BuildOutcome.Status.OK, null, List.of(), "ok", null, "rustc 1.95.0", "", false, 5))
                .functions(List.of(
                        fn(MINIZ_INFLATE, "miniz_rs::inflate", "miniz_rs", "external", false, false)))
                .foreignCalls(List.of(new ForeignCall(MINIZ_INFLATE, "inflate", 1, "z")))
                .build();
    }
}
