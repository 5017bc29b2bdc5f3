package dev.easel.analyzer.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.easel.analyzer.fuzzing.ProblemChecks;
import dev.easel.analyzer.fuzzing.Scratch;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Fuzzes {@link AnalysisJson#read} (docs/fuzzing.md): whatever the bytes of a JSON-lines file, reading goes through
 * it; every bad line is reported with the file and its line number, and every analysis it accepts has a name and
 * version and is written back to a line that reads as the same analysis. Seeds: lines {@code easel analyze} wrote for
 * the fixture crates and for Debian's libz-sys, bzip2-sys and cfg-if.
 */
class AnalysisJsonFuzzTest {
    private static final Path FILE = Scratch.dir("analysis-json").resolve("fuzzed.jsonl");

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void jsonLines(byte[] input) throws IOException, JsonProcessingException {
        Scratch.write(FILE, input);
        List<CrateAnalysis> read = new ArrayList<>();
        List<AnalysisJson.BadLine> bad = new ArrayList<>();
        long count = AnalysisJson.read(FILE, read::add, bad::add);
        assertEquals(read.size(), count);
        long lines = ProblemChecks.lines(input);
        for (AnalysisJson.BadLine b : bad) {
            ProblemChecks.assertLocated(b.file().toString(), b.line(), b.message(), Set.of(FILE.toString()), lines);
            assertEquals(true, b.line() >= 1, () -> "a bad line has a number: " + b);
        }
        for (CrateAnalysis a : read) {
            assertNotNull(a.name());
            assertNotNull(a.version());
            assertEquals(a, AnalysisJson.fromLine(AnalysisJson.toLine(a)), "an accepted analysis survives a rewrite");
        }
    }
}
