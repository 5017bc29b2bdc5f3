package dev.easel.analyzer.ir;

import dev.easel.analyzer.model.CallEdge.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the IR rustc wrote for the graph-calls fixture and checks its graph edge by edge, on raw symbols. */
class LlvmIrReaderTest {
    @TempDir
    static Path work;
    static IrModule module;

    @BeforeAll
    static void build() throws IOException {
        module = IrModule.read(FixtureBuild.buildFixture("graph-calls", work).ll());
    }

    /** The defined function whose v0 symbol ends with the given crate-local path (length-prefixed identifiers). */
    static IrFunction fn(String symbolEnd) {
        List<IrFunction> found = module.functions().stream().filter(f -> f.symbol().endsWith(symbolEnd)).toList();
        assertEquals(1, found.size(), "functions ending with " + symbolEnd + ": " + found);
        return found.get(0);
    }

    static int calls(IrFunction caller, String calleeEnd, Kind kind) {
        return caller.calls().stream()
                .filter(c -> c.kind() == kind && (calleeEnd == null ? c.callee() == null
                        : c.callee() != null && c.callee().endsWith(calleeEnd)))
                .mapToInt(IrCall::count).sum();
    }

    @Test
    void directCallsAreCountedPerCallee() {
        assertEquals(2, calls(fn("11graph_calls13direct_caller"), "11graph_calls4leaf", Kind.DIRECT));
    }

    @Test
    void callThroughTraitObjectIsIndirect() {
        IrFunction dynArea = fn("11graph_calls8dyn_area");
        assertEquals(1, calls(dynArea, null, Kind.INDIRECT));
        assertEquals(1, dynArea.calls().size(), dynArea.calls().toString());
    }

    @Test
    void invokeIsItsOwnKind() {
        IrFunction entry = module.function("graph_calls_entry").orElseThrow();
        assertEquals(1, calls(entry, "11graph_calls13direct_caller", Kind.INVOKE));
        assertEquals(1, calls(entry, "11graph_calls8dyn_area", Kind.INVOKE));
    }

    @Test
    void closureAndItsCaller() {
        // with_closure calls its closure {closure#0}, whose symbol is NC...with_closure0..., which calls leaf
        IrFunction withClosure = fn("11graph_calls12with_closure");
        IrFunction closure = fn("11graph_calls12with_closure0B3_");
        assertEquals(1, calls(withClosure, closure.symbol(), Kind.DIRECT));
        assertEquals(1, calls(closure, "11graph_calls4leaf", Kind.DIRECT));
    }

    @Test
    void genericFromAnotherCrateIsInstantiatedHere() {
        IrFunction user = fn("11graph_calls12generic_user");
        // base_lib::apply::<u32, generic_user::{closure#0}>: its symbol names base_lib and ends with graph_calls' backref
        IrFunction apply = module.functions().stream()
                .filter(f -> f.symbol().contains("8base_lib5apply")).findFirst().orElseThrow();
        assertEquals(1, calls(user, apply.symbol(), Kind.DIRECT));
        SourceLocation loc = module.location(apply).orElseThrow();
        assertEquals(11, loc.line());
        assertTrue(loc.file().endsWith("base-lib/src/lib.rs"), loc.file());
    }

    @Test
    void foreignCallsAreDeclaredSymbols() {
        assertEquals(1, calls(fn("11graph_calls5c_abs"), "abs", Kind.DIRECT));
        assertEquals(1, calls(fn("11graph_calls11sort_with_c"), "qsort", Kind.DIRECT));
        assertTrue(module.declarations().containsAll(List.of("abs", "qsort", "rust_eh_personality")));
        assertTrue(module.declarations().stream().noneMatch(LlvmIrReader::isIntrinsic));
    }

    @Test
    void intrinsicsAreNotCallees() {
        // area's overflow check is llvm.umul.with.overflow: not an edge
        IrFunction area = fn("NtB2_6SquareNtB2_5Shape4area");
        assertTrue(area.calls().stream().noneMatch(c -> c.callee() != null && LlvmIrReader.isIntrinsic(c.callee())));
        assertTrue(module.functions().stream().flatMap(f -> f.calls().stream())
                .noneMatch(c -> c.callee() != null && c.callee().startsWith("llvm.")));
    }

    @Test
    void exportsAreUnmangledVisibleDefinitions() {
        IrFunction entry = module.function("graph_calls_entry").orElseThrow();
        assertEquals("external", entry.linkage());
        assertTrue(entry.externallyVisible());
        assertEquals(new SourceLocation("src/lib.rs", 86), module.location(entry).orElseThrow());
        assertFalse(fn("11graph_calls12compare_ints").externallyVisible());
    }

    @Test
    void quotedNamesAreUnescapedAsUtf8() {
        IrFunction odd = module.function("graph calls odd\u00e9").orElseThrow();
        assertEquals(1, calls(odd, "11graph_calls4leaf", Kind.INVOKE));
        assertEquals(92, module.location(odd).orElseThrow().line());
    }

    @Test
    void realIrHasNoSkippedLines() {
        assertEquals(0, module.linesSkipped(), module.problems().toString());
        assertTrue(module.linesRead() > 100);
        assertNull(module.problems().isEmpty() ? null : module.problems());
    }
}
