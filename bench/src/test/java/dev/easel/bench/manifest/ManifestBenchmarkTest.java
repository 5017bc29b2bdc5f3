package dev.easel.bench.manifest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestBenchmarkTest {

    @Test
    void figuresAreSaneOnTheFixtureCrates() throws IOException {
        Path crates = Path.of("../testdata/crates").toAbsolutePath().normalize();
        long expected;
        try (Stream<Path> s = Files.list(crates)) {
            expected = s.filter(d -> Files.isRegularFile(d.resolve("Cargo.toml"))).count();
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        ManifestBenchmark.Result r = ManifestBenchmark.run(crates, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertEquals(expected, r.manifests());
        assertEquals(0, r.failed());
        assertTrue(r.perSecond() > 0 && r.baselinePerSecond() > 0 && r.ratio() > 0 && r.coldPerSecond() > 0);
        assertTrue(text.toString(StandardCharsets.UTF_8).contains("manifests/s"));
    }
}
