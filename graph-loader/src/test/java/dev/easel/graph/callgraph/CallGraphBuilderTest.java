package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.Provenance;
import dev.easel.graph.testdata.SampleAnalyses;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.easel.graph.testdata.SampleAnalyses.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallGraphBuilderTest {

    private static final String GENERIC = "zlibby@1.0.0/mono:zlibby/zlibby::generic";
    // Rust functions are keyed by crate version and demangled path (FunctionIds), not by symbol
    private static final String ID_F1 = "zlibby@1.0.0#zlibby::compress";
    private static final String ID_F2 = "zlibby@1.0.0#zlibby::helper";
    private static final String ID_F3 = "zlibby@1.0.0#zlibby::raw_deflate";
    private static final String ID_F4 = "zlibby@1.0.0#zlibby::unused";
    private static final String ID_F5 = "zlibby@1.0.0#zlibby::rec";
    private static final String ID_F6 = "zlibby@1.0.0#zlibby::rec2";
    private static final String ID_C1 = "zlibby@1.0.0#zlibby::compress::{closure#0}";
    private static final String ID_MINIZ_INFLATE = "miniz-rs@0.2.0#miniz_rs::inflate";

    @Test
    void fullKeepsEveryCrateFunctionWithoutStdAndCollapsesCopies() {
        CallGraph g = CallGraphBuilder.build(SampleAnalyses.zlibby(), Detail.FULL);
        assertEquals(new GraphStats("FULL", 14, 17, 10, 11), g.stats());
        assertEquals(Set.of(ID_F1, ID_F2, ID_F3, GENERIC, ID_F4, ID_F5, ID_F6, "zlibby@1.0.0/" + F7, ID_C1, ID_MINIZ_INFLATE),
                g.functions().keySet());

        FunctionNode compress = g.function(ID_F1);
        assertEquals(3, compress.stdCalls());
        assertEquals(4, compress.intrinsicCalls());
        assertEquals(2, compress.indirectCalls());
        assertTrue(compress.reachesFfi(), "through generic -> raw_deflate, and through Vec::push -> closure");
        assertTrue(compress.reachesUnsafe());
        assertFalse(compress.recursive());

        FunctionNode generic = g.function(GENERIC);
        assertEquals("zlibby::generic", generic.name());
        assertEquals(2, generic.copies());
        assertTrue(generic.reachesFfi());
        assertFalse(generic.reachesUnsafe());

        assertTrue(g.function(ID_F5).recursive() && g.function(ID_F6).recursive());
        assertTrue(g.function(ID_F5).reachesUnsafe() && !g.function(ID_F5).reachesFfi());
        assertTrue(g.function(ID_F4).reachesFfi(), "unused -> closure -> crc32");
        assertEquals(1, g.function(ID_F4).stdCalls());
        assertEquals(2, g.function(ID_F2).stdCalls());
        assertFalse(g.function("zlibby@1.0.0/" + F7).reachesFfi());

        FunctionNode inflate = g.function(ID_MINIZ_INFLATE);
        assertTrue(inflate.stub());
        assertEquals("miniz-rs", inflate.crate());
        assertEquals("0.2.0", inflate.version());

        Map<String, Call> byTarget = g.calls().stream().filter(c -> c.caller().equals(ID_F1))
                .collect(Collectors.toMap(c -> c.callee() + "/" + c.kind(), c -> c));
        assertEquals(new Call(ID_F1, ID_F2, CallEdge.Kind.DIRECT, 2, Provenance.BOTH), byTarget.get(ID_F2 + "/DIRECT"));
        assertEquals(2, byTarget.get(GENERIC + "/DIRECT").count());
        assertEquals(1, byTarget.get(GENERIC + "/INVOKE").count());
        assertEquals(Map.of("miniz-rs", 1L), g.invokes());
        assertEquals(6, g.stdCalls());
        assertEquals(2, g.foreignCalls().size());
    }

    @Test
    void boundaryKeepsOnlyPathsFromEntryPointsToFfiUnsafeOrOtherCrates() {
        CallGraph g = CallGraphBuilder.build(SampleAnalyses.zlibby(), Detail.BOUNDARY);
        assertEquals(new GraphStats("BOUNDARY", 14, 17, 7, 10), g.stats());
        assertEquals(Set.of(ID_F1, ID_F2, GENERIC, ID_F3, ID_F5, ID_F6, ID_MINIZ_INFLATE), g.functions().keySet());
        assertEquals(1, g.foreignCalls().size());
        assertEquals("deflate", g.foreignCalls().iterator().next().symbol());
        assertEquals(Map.of("miniz-rs", 1L), g.invokes());
    }

    @Test
    void crateKeepsOnlyAggregates() {
        CallGraph g = CallGraphBuilder.build(SampleAnalyses.zlibby(), Detail.CRATE);
        assertEquals(new GraphStats("CRATE", 14, 17, 0, 0), g.stats());
        assertTrue(g.functions().isEmpty());
        assertTrue(g.calls().isEmpty());
        assertEquals(Map.of("miniz-rs", 1L), g.invokes());
        assertEquals(6, g.stdCalls());
    }

    @Test
    void genericArgumentsAreDroppedButQualifiedPathsKept() {
        assertEquals("<alloc::vec::Vec>::push", GenericNames.withoutGenericArgs("<alloc::vec::Vec<u8>>::push"));
        assertEquals("core::ptr::drop_in_place",
                GenericNames.withoutGenericArgs("core::ptr::drop_in_place::<alloc::string::String>"));
        assertEquals("<&alloc::vec::Vec as core::fmt::Debug>::fmt",
                GenericNames.withoutGenericArgs("<&alloc::vec::Vec<u8> as core::fmt::Debug>::fmt"));
        assertEquals("<impl at src/lib.rs:16:1: 16:7>::m",
                GenericNames.withoutGenericArgs("<impl at src/lib.rs:16:1: 16:7>::m"));
        assertEquals("a::f", GenericNames.withoutGenericArgs("a::f::<fn() -> u8>"));
        assertEquals("zlibby::compress::{closure#0}", GenericNames.withoutGenericArgs("zlibby::compress::{closure#0}"));
    }

    @Test
    void passesRunInTheirNamedOrder() {
        assertEquals(List.of("FunctionNodesPass", "CallEdgesPass", "ForeignCallsPass", "ReachabilityPass",
                        "CrateCallsPass", "StandardLibraryPass", "MonomorphisationPass", "DetailPass"),
                CallGraphBuilder.PASSES.stream().map(GraphPass::name).toList());
    }

    @Test
    void theGraphHandedOutCannotBeChanged() {
        CallGraph g = CallGraphBuilder.build(SampleAnalyses.zlibby(), Detail.FULL);
        assertThrows(UnsupportedOperationException.class, () -> g.graph().addVertex("x"));
        assertThrows(UnsupportedOperationException.class, () -> g.graph().removeVertex(ID_F1));
    }

    @Test
    void dotShowsFunctionsCallsAndCSymbols() throws IOException {
        CallGraph g = CallGraphBuilder.build(SampleAnalyses.zlibby(), Detail.FULL);
        StringWriter w = new StringWriter();
        CallGraphDot.write(g, w);
        String dot = w.toString();
        assertTrue(dot.startsWith("digraph \"zlibby@1.0.0\" {"), dot);
        assertTrue(dot.contains("\"" + ID_F1 + "\" [shape=box, label=\"zlibby::compress\""), dot);
        assertTrue(dot.contains("\"" + ID_MINIZ_INFLATE + "\" [shape=ellipse, label=\"miniz-rs\\nminiz_rs::inflate\"]"), dot);
        assertTrue(dot.contains("\"C:crc32\" [shape=diamond, label=\"crc32\"]"), dot);
        assertEquals(g.calls().size(), dot.lines().filter(l -> l.contains(" -> ") && !l.contains("style=dashed")).count());
        assertEquals(g.foreignCalls().size(), dot.lines().filter(l -> l.contains("style=dashed")).count());
        assertTrue(dot.endsWith("}\n"));
    }
}
