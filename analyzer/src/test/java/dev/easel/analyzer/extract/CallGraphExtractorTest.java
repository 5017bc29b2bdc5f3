package dev.easel.analyzer.extract;

import dev.easel.analyzer.ffi.NativeLinkHints;
import dev.easel.analyzer.ir.FixtureBuild;
import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.CallEdge.Kind;
import dev.easel.analyzer.model.Callback;
import dev.easel.analyzer.model.Export;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.Provenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixture crates' known graphs, edge by edge, from the IR and MIR rustc wrote (one shared target folder). */
class CallGraphExtractorTest {
    @TempDir
    static Path work;
    static Extraction graph;
    static ExtractionAssertions g;

    @BeforeAll
    static void build() throws IOException {
        FixtureBuild.Output out = FixtureBuild.buildFixture("graph-calls", work);
        graph = CallGraphExtractor.extract("graph-calls", out.ll(), out.mir(),
                new NativeLinkHints(Map.of("abs", "c", "qsort", "c")));
        g = new ExtractionAssertions(graph);
    }

    @Test
    void directCall() {
        CallEdge e = g.edge("graph_calls::direct_caller", "graph_calls::leaf", Kind.DIRECT);
        assertEquals(2, e.count());
        assertEquals("graph_calls", e.calleeCrate());
        assertEquals(g.fn("graph_calls::leaf").id(), e.callee());
        assertEquals(Provenance.BOTH, e.provenance());
    }

    @Test
    void traitObjectCallIsIndirect() {
        CallEdge e = g.edge("graph_calls::dyn_area", null, Kind.INDIRECT);
        assertNull(e.callee());
        assertEquals(1, e.count());
        assertEquals(Provenance.BOTH, e.provenance(), "MIR's <dyn Shape as Shape>::area is the same call");
        FunctionInfo area = g.fn("<graph_calls::Square as graph_calls::Shape>::area");
        assertEquals(Provenance.BOTH, area.provenance(), "matched to MIR's <impl at src/lib.rs:21:1: 21:22>::area");
        assertEquals(23, area.line());
    }

    @Test
    void closure() {
        CallEdge toClosure = g.edge("graph_calls::with_closure", "graph_calls::with_closure::{closure#0}", Kind.DIRECT);
        assertEquals(1, toClosure.count());
        assertEquals(Provenance.BOTH, toClosure.provenance(), "MIR's <{closure@…} as Fn>::call resolved by position");
        assertEquals(1, g.edge("graph_calls::with_closure::{closure#0}", "graph_calls::leaf", Kind.DIRECT).count());
    }

    @Test
    void genericFromAnotherCrateIsAttributedToItsCrate() {
        String apply = "base_lib::apply::<u32, graph_calls::generic_user::{closure#0}>";
        CallEdge e = g.edge("graph_calls::generic_user", apply, Kind.DIRECT);
        assertEquals("base_lib", e.calleeCrate());
        FunctionInfo f = g.fn(apply);
        assertEquals("base_lib", f.crate());
        assertEquals("graph_calls", f.instantiatedIn());
        assertTrue(f.file().endsWith("base-lib/src/lib.rs"), f.file());
        // core's Ord::cmp for i32, instantiated here
        FunctionInfo cmp = g.fn("<i32 as core::cmp::Ord>::cmp");
        assertEquals("core", cmp.crate());
        assertEquals("graph_calls", cmp.instantiatedIn());
        assertNull(g.fn("graph_calls::leaf").instantiatedIn());
    }

    @Test
    void foreignCallsCarryTheirLibrary() {
        assertEquals(List.of(new ForeignCall(g.fn("graph_calls::c_abs").id(), "abs", 1, "c")),
                g.foreignCallsOf("graph_calls::c_abs"));
        assertEquals(List.of(new ForeignCall(g.fn("graph_calls::sort_with_c").id(), "qsort", 1, "c")),
                g.foreignCallsOf("graph_calls::sort_with_c"));
        assertEquals(2, graph.foreignCalls().size(), graph.foreignCalls().toString());
        // foreign symbols are no call edges; runtime shims and intrinsics are no foreign calls
        assertTrue(graph.calls().stream().noneMatch(e -> "abs".equals(e.callee()) || "qsort".equals(e.callee())));
    }

    @Test
    void callbackHandedToC() {
        assertEquals(List.of(new Callback("graph_calls::compare_ints", "C", g.fn("graph_calls::sort_with_c").id())),
                graph.callbacks());
    }

    @Test
    void exports() {
        assertEquals(Set.of(new Export("graph_calls_entry", "src/lib.rs", 86),
                new Export("graph calls odd\u00e9", "src/lib.rs", 92)), Set.copyOf(graph.exports()));
        FunctionInfo entry = g.fn("graph_calls_entry");
        assertTrue(entry.exported());
        assertEquals("graph_calls", entry.crate());
        assertEquals(Provenance.BOTH, entry.provenance());
        assertEquals(Provenance.BOTH, g.fn("graph calls odd\u00e9").provenance(), "matched by its DI name odd_name");
        assertEquals(1, g.edge("graph_calls_entry", "graph_calls::direct_caller", Kind.INVOKE).count());
        assertEquals(1, g.edge("graph_calls_entry", "graph_calls::dyn_area", Kind.INVOKE).count());
    }

    @Test
    void mirOnlyFunctionsAndEdges() {
        // the tuple-struct constructor exists only in MIR
        FunctionInfo ctor = g.fn("graph_calls::Square");
        assertEquals("mir:graph_calls::Square", ctor.id());
        assertEquals(Provenance.MIR, ctor.provenance());
        // wrapping_add is inlined away in the IR: MIR keeps the edge, attributed to core
        CallEdge e = g.edge("graph_calls::leaf", "core::num::<impl u64>::wrapping_add", Kind.DIRECT);
        assertNotNull(e, graph.calls().toString());
        assertEquals(Provenance.MIR, e.provenance());
        assertEquals("core", e.calleeCrate());
        assertTrue(e.callee().startsWith("mir:"));
    }

    @Test
    void everyFunctionIsAttributedAndNoIntrinsicAppears() {
        graph.functions().forEach(f -> assertNotNull(f.crate(), f.toString()));
        assertTrue(graph.calls().stream().noneMatch(e -> e.callee() != null && e.callee().startsWith("llvm.")));
        Map<String, Long> byCrate = graph.functions().stream()
                .collect(Collectors.groupingBy(FunctionInfo::crate, Collectors.counting()));
        assertEquals(Set.of("graph_calls", "base_lib", "core"), byCrate.keySet());
        assertEquals(0, graph.linesSkipped(), graph.problems().toString());
        assertTrue(graph.irLinesRead() > 0 && graph.mirLinesRead() > 0);
    }

    @Test
    void ffiLibm() throws IOException {
        FixtureBuild.Output out = FixtureBuild.buildFixture("ffi-libm", work);
        Extraction x = CallGraphExtractor.extract("ffi-libm", out.ll(), out.mir(),
                new NativeLinkHints(Map.of("cos", "m", "sqrt", "m")));
        ExtractionAssertions a = new ExtractionAssertions(x);
        assertEquals(List.of(new ForeignCall(a.fn("ffi_libm::cosine").id(), "cos", 1, "m")),
                a.foreignCallsOf("ffi_libm::cosine"));
        assertEquals(List.of(new ForeignCall(a.fn("ffi_libm::hypot").id(), "sqrt", 2, "m")),
                a.foreignCallsOf("ffi_libm::hypot"));
        assertEquals(List.of(new ForeignCall(a.fn("ffi_libm::c_len").id(), "strlen", 1, null)),
                a.foreignCallsOf("ffi_libm::c_len"));
        assertEquals(3, x.foreignCalls().size(), x.foreignCalls().toString());
        assertTrue(x.exports().isEmpty());
        assertTrue(x.callbacks().isEmpty());
    }

    @Test
    void exportsC() throws IOException {
        FixtureBuild.Output out = FixtureBuild.buildFixture("exports-c", work);
        Extraction x = CallGraphExtractor.extract("exports-c", out.ll(), out.mir(), NativeLinkHints.none());
        ExtractionAssertions a = new ExtractionAssertions(x);
        assertEquals(Set.of("easel_add", "easel_twice"),
                x.exports().stream().map(Export::symbol).collect(Collectors.toSet()));
        x.exports().forEach(e -> assertEquals("src/lib.rs", e.file()));
        assertEquals(9, x.exports().stream().filter(e -> e.symbol().equals("easel_add")).findFirst()
                .orElseThrow().line());
        CallEdge twice = a.edge("easel_twice", "exports_c::double", Kind.INVOKE) != null
                ? a.edge("easel_twice", "exports_c::double", Kind.INVOKE)
                : a.edge("easel_twice", "exports_c::double", Kind.DIRECT);
        assertNotNull(twice, x.calls().toString());
        assertEquals(1, twice.count());
        assertTrue(x.foreignCalls().isEmpty(), x.foreignCalls().toString());
    }
}
