package dev.easel.analyzer.mir;

import dev.easel.analyzer.ir.FixtureBuild;
import dev.easel.analyzer.ir.SourceLocation;
import dev.easel.analyzer.model.CallEdge.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the MIR rustc wrote for the graph-calls fixture. */
class MirReaderTest {
    @TempDir
    static Path work;
    static Path mirFile;
    static MirModule mir;

    @BeforeAll
    static void build() throws IOException {
        mirFile = FixtureBuild.buildFixture("graph-calls", work).mir();
        mir = MirReader.read(mirFile);
    }

    static MirFunction fn(String path) {
        return mir.functions().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError(path + " not in " + mir.functions().stream()
                        .map(MirFunction::path).toList()));
    }

    static int calls(MirFunction f, String callee, Kind kind) {
        return f.calls().stream().filter(c -> c.kind() == kind && java.util.Objects.equals(c.callee(), callee))
                .mapToInt(MirCall::count).sum();
    }

    @Test
    void functionsAreReadOncePerPath() {
        List<String> paths = mir.functions().stream().map(MirFunction::path).toList();
        assertTrue(paths.containsAll(List.of("leaf", "direct_caller", "dyn_area", "with_closure",
                "with_closure::{closure#0}", "generic_user", "generic_user::{closure#0}", "c_abs", "compare_ints",
                "sort_with_c", "graph_calls_entry", "odd_name", "<impl at src/lib.rs:21:1: 21:22>::area")), paths.toString());
        assertEquals(paths.size(), paths.stream().distinct().count(), "the CTFE copy of Square is left out");
        assertEquals(0, mir.linesSkipped(), mir.problems().toString());
    }

    @Test
    void implMethodsCarryTheImplLocation() {
        MirFunction area = fn("<impl at src/lib.rs:21:1: 21:22>::area");
        assertEquals(new SourceLocation("src/lib.rs", 21), area.implAt());
        assertNull(fn("leaf").implAt());
    }

    @Test
    void callsWithTheirPaths() {
        assertEquals(2, calls(fn("direct_caller"), "leaf", Kind.DIRECT));
        assertEquals(1, calls(fn("dyn_area"), "<dyn Shape as Shape>::area", Kind.DIRECT));
        assertEquals(1, calls(fn("with_closure::{closure#0}"), "leaf", Kind.DIRECT));
        assertEquals(1, calls(fn("with_closure"),
                "<{closure@src/lib.rs:49:15: 49:23} as Fn<(u64,)>>::call", Kind.DIRECT));
        assertEquals(1, calls(fn("generic_user"), "apply::<u32, {closure@src/lib.rs:56:21: 56:29}>", Kind.DIRECT));
        assertEquals(1, calls(fn("c_abs"), "abs", Kind.DIRECT));
        assertEquals(1, calls(fn("sort_with_c"), "qsort", Kind.DIRECT));
        assertEquals(1, calls(fn("sort_with_c"), "std::mem::size_of::<i32>", Kind.DIRECT));
    }

    @Test
    void foreignAbiCoercionIsACallback() {
        assertEquals(List.of(new MirCoercion("compare_ints", "C", 1)), fn("sort_with_c").coercions());
        // the Unsize coercion to &dyn Shape in graph_calls_entry is no callback
        assertTrue(fn("graph_calls_entry").coercions().isEmpty());
        assertTrue(fn("sort_with_c").calls().stream().noneMatch(c -> c.callee() != null && c.callee().contains(" as unsafe")));
    }

    @Test
    void mutatedMirIsSkippedAndReported() throws IOException {
        List<String> lines = Files.readAllLines(mirFile, StandardCharsets.UTF_8);
        Random random = new Random(7);
        for (int round = 0; round < 30; round++) {
            List<String> damaged = new ArrayList<>(lines);
            for (int k = 0; k < 15; k++) {
                int i = random.nextInt(damaged.size());
                String line = damaged.get(i);
                switch (random.nextInt(4)) {
                    case 0 -> damaged.set(i, line.substring(0, random.nextInt(line.length() + 1)));
                    case 1 -> damaged.remove(i);
                    case 2 -> damaged.set(i, "garbage<({\"" + line);
                    default -> damaged.add(i, line.replace('(', '<'));
                }
            }
            Path file = Files.write(work.resolve("mutated-" + round + ".mir"), damaged, StandardCharsets.UTF_8);
            MirModule m = assertDoesNotThrow(() -> MirReader.read(file));
            assertEquals(damaged.size(), m.linesRead());
            m.problems().forEach(p -> assertEquals(file.toString(), p.file()));
        }
    }

    /** Found by fuzzing (docs/fuzzing.md): a line reported twice was counted as two skipped lines, more than read. */
    @Test
    void aLineReportedTwiceIsOneSkippedLine() throws IOException {
        Path file = Files.writeString(work.resolve("twice.mir"), "fn broken header\nfn another broken one\n");
        MirModule m = MirReader.read(file);
        // line 2 ends the unread body of line 1 and is itself a malformed header: two problems, one line
        assertEquals(List.of(1, 2, 2), m.problems().stream().map(p -> p.line()).toList(), m.problems().toString());
        assertEquals(2, m.linesSkipped());
        assertEquals(2, m.linesRead());
    }
}
