package dev.easel.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnalysisOptionsMixinTest {

    @Test
    void durationsAndSizesTakeUnits() {
        assertEquals(Duration.ofSeconds(90), AnalysisOptionsMixin.parseDuration("90s"));
        assertEquals(Duration.ofSeconds(90), AnalysisOptionsMixin.parseDuration("90"));
        assertEquals(Duration.ofMinutes(10), AnalysisOptionsMixin.parseDuration("10m"));
        assertEquals(Duration.ofHours(2), AnalysisOptionsMixin.parseDuration(" 2H "));
        assertEquals(512L << 20, AnalysisOptionsMixin.parseSize("512m"));
        assertEquals(4L << 30, AnalysisOptionsMixin.parseSize("4g"));
        assertEquals(100, AnalysisOptionsMixin.parseSize("100"));
    }

    @Test
    void badDurationsAndSizesAreUsageErrors() {
        assertEquals("not a duration: '10 minutes' (use e.g. 90s, 10m, 1h)",
                assertThrows(UsageException.class, () -> AnalysisOptionsMixin.parseDuration("10 minutes")).getMessage());
        assertThrows(UsageException.class, () -> AnalysisOptionsMixin.parseDuration("m"));
        assertThrows(UsageException.class, () -> AnalysisOptionsMixin.parseSize("4t"));
        assertThrows(UsageException.class, () -> AnalysisOptionsMixin.parseSize("99999999999g"));
    }
}
