package dev.easel.analyzer.fetch;

import dev.easel.analyzer.model.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndexFileTest {

    private static final String A = "a".repeat(64);
    private static final String B = "B".repeat(64);

    @Test
    void badLinesAreProblemsWithLineNumbersAndTheRestIsUsed() {
        String text = String.join("\n",
                TestRegistry.line("foo", "1.0.0", A, false),
                "{not json",
                "",
                "{\"name\":\"foo\",\"vers\":\"1.1.0\",\"yanked\":false}",
                TestRegistry.line("bar", "1.2.0", A, false),
                TestRegistry.line("foo", "one", A, false),
                "[1,2]",
                TestRegistry.line("Foo", "2.0.0", B, true));
        IndexFile f = IndexFile.parse(text.getBytes(StandardCharsets.UTF_8), "foo", "http://r/index/3/f/foo");

        assertEquals(List.of("1.0.0", "2.0.0"), f.entries().stream().map(IndexEntry::version).toList());
        IndexEntry last = f.entries().get(1);
        assertEquals("Foo", last.name(), "the index's spelling is kept");
        assertEquals("b".repeat(64), last.cksum(), "checksums are compared in lower case");
        assertTrue(last.yanked());
        assertFalse(f.entries().get(0).yanked());

        assertEquals(List.of(2, 4, 5, 6, 7), f.problems().stream().map(Problem::line).toList());
        for (Problem p : f.problems()) {
            assertEquals("http://r/index/3/f/foo", p.file());
            assertTrue(p.message().startsWith("line skipped: "), p.message());
        }
        assertEquals("line skipped: 'cksum' is not a SHA-256: 'null'", f.problems().get(1).message());
        assertEquals("line skipped: crate 'bar' in the file of 'foo'", f.problems().get(2).message());
        assertEquals("line skipped: 'vers' is not a semantic version: 'one'", f.problems().get(3).message());
        assertEquals("line skipped: not a JSON object", f.problems().get(4).message());
        assertEquals("http://r/index/3/f/foo:2: index: line skipped: ", f.problems().get(0).toString()
                .substring(0, "http://r/index/3/f/foo:2: index: line skipped: ".length()));
    }
}
