package dev.easel.cli;

import dev.easel.analyzer.model.UnsafeRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --unsafe-rules}: read by its ids, carried into every analysis, refused beside --used-files-only. */
class UnsafeRulesOptionTest {

    static final Path RULES_CRATE = Path.of("..", "analyzer", "src", "test", "resources", "source", "rules")
            .toAbsolutePath().normalize();

    @Test
    void converterTakesTheIds() {
        Converters.UnsafeRulesConverter c = new Converters.UnsafeRulesConverter();
        assertEquals(UnsafeRules.COUNT_UNSAFE, c.convert("count-unsafe"));
        assertEquals(UnsafeRules.GEIGER, c.convert(" geiger "));
        assertTrue(assertThrows(TypeConversionException.class, () -> c.convert("painter")).getMessage()
                .contains("expected geiger or count-unsafe"));
    }

    @Test
    void analyzeStoresTheRulesWithTheCounters(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out.jsonl");
        EaselRun run = EaselRun.of("analyze", RULES_CRATE.toString(), "--source-only", "--unsafe-rules",
                "count-unsafe", "--no-cache", "--work-dir", tmp.resolve("work").toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String line = Files.readString(out);
        assertTrue(line.contains("\"rules\":\"count-unsafe\""), line);

        EaselRun geiger = EaselRun.of("analyze", RULES_CRATE.toString(), "--source-only", "--no-cache",
                "--work-dir", tmp.resolve("work").toString(), "--out", out.toString());
        assertEquals(0, geiger.exitCode(), geiger.err());
        assertTrue(Files.readString(out).contains("\"rules\":\"geiger\""));
    }

    @Test
    void usedFilesOnlyContradictsCountUnsafe(@TempDir Path tmp) {
        EaselRun run = EaselRun.of("analyze", RULES_CRATE.toString(), "--source-only", "--used-files-only",
                "--unsafe-rules", "count-unsafe", "--no-cache", "--work-dir", tmp.resolve("work").toString(),
                "--out", tmp.resolve("out.jsonl").toString());
        assertNotEquals(0, run.exitCode());
        assertTrue(run.err().contains("--used-files-only contradicts --unsafe-rules count-unsafe"), run.err());
    }
}
