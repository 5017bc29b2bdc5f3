package dev.easel.cli;

import dev.easel.analyzer.pipeline.Shard;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConvertersTest {

    private final Converters.DurationConverter duration = new Converters.DurationConverter();
    private final Converters.SizeConverter size = new Converters.SizeConverter();

    @Test
    void durationsAndSizesTakeUnits() {
        assertEquals(Duration.ofSeconds(90), duration.convert("90s"));
        assertEquals(Duration.ofSeconds(90), duration.convert("90"));
        assertEquals(Duration.ofMinutes(10), duration.convert("10m"));
        assertEquals(Duration.ofHours(2), duration.convert(" 2H "));
        assertEquals(512L << 20, size.convert("512m"));
        assertEquals(4L << 30, size.convert("4g"));
        assertEquals(100, size.convert("100"));
        assertEquals(new Shard(3, 8), new Converters.ShardConverter().convert("3/8"));
    }

    @Test
    void badDurationsAndSizesAreUsageErrors() {
        assertEquals("not a duration: '10 minutes' (use e.g. 90s, 10m, 1h)",
                assertThrows(TypeConversionException.class, () -> duration.convert("10 minutes")).getMessage());
        assertThrows(TypeConversionException.class, () -> duration.convert("m"));
        assertThrows(TypeConversionException.class, () -> size.convert("4t"));
        assertThrows(TypeConversionException.class, () -> size.convert("99999999999g"));
        assertThrows(TypeConversionException.class, () -> new Converters.ShardConverter().convert("9/8"));
    }

    @Test
    void badValuesOnTheCommandLineExitTwoNamingTheOption() {
        EaselRun timeout = EaselRun.of("analyze", "--build-timeout", "10 minutes", "--out", "x.jsonl", ".");
        assertEquals(ExitCode.USAGE.code(), timeout.exitCode());
        assertTrue(timeout.err().contains("--build-timeout") && timeout.err().contains("not a duration"), timeout.err());
        EaselRun detail = EaselRun.of("load", "--detail", "everything", "x.jsonl");
        assertEquals(ExitCode.USAGE.code(), detail.exitCode());
        assertTrue(detail.err().contains("CRATE, BOUNDARY, FULL"), detail.err());
    }

    @Test
    void enumOptionsAreCaseInsensitiveAndListTheirCandidates() {
        String help = EaselRun.of("ingest", "--help").out().replaceAll("\\s+", " "); // help wraps lines
        assertTrue(help.contains("AUTO, BWRAP, NONE"), help);
        assertTrue(help.contains("CRATE, BOUNDARY, FULL"), help);
        String query = EaselRun.of("query", "--help").out().replaceAll("\\s+", " ");
        assertTrue(query.contains("TABLE, CSV, JSON"), query);
        // the mixed-case value parses; the run then stops at the next check, after parsing
        EaselRun mixedCase = EaselRun.of("analyze", "--sandbox", "BwRaP", "--limit", "-1", "--out", "x.jsonl", ".");
        assertEquals(ExitCode.USAGE.code(), mixedCase.exitCode());
        assertEquals("easel: --limit must be 0 or more", mixedCase.err().strip());
    }
}
