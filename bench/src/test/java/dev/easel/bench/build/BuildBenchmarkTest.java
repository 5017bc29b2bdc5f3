package dev.easel.bench.build;

import dev.easel.analyzer.testdata.DebianRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs the benchmark on two fixture crates and checks the figures are coherent (not how fast). */
@Tag("cargo")
class BuildBenchmarkTest {

    private static Path fixture(String name) {
        Path p = Path.of("../testdata/crates", name);
        return (Files.isDirectory(p) ? p : Path.of("testdata/crates", name)).toAbsolutePath().normalize();
    }

    @Test
    void figuresAreSane() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BuildBenchmark.Figures f = BuildBenchmark.run(List.of(fixture("uses-base"), fixture("unsafe-zoo")), null,
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(2, f.crates());
        assertEquals(2, f.okReuse());
        assertEquals(2, f.okFresh());
        assertTrue(f.reuseMillis() > 0 && f.freshMillis() > 0);
        assertTrue(f.toolMillisReuse() > 0 && f.toolMillisReuse() <= f.reuseMillis());
        assertTrue(f.outsideShare() >= 0 && f.outsideShare() < 1);
        assertTrue(f.cratesPerHour() > 0);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("speedup") && text.contains("crates per hour"), text);
    }

    @Test
    void debianCrateSetIsLargeEnough() throws Exception {
        assertTrue(BuildBenchmark.debianCrates(DebianRegistry.require()).size() >= 30);
    }
}
