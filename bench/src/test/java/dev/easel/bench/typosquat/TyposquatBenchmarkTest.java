package dev.easel.bench.typosquat;

import dev.easel.bench.dump.SyntheticDump;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TyposquatBenchmarkTest {

    @Test
    void figuresAreSaneOnATinyDump(@TempDir Path tmp) throws IOException {
        Path dump = tmp.resolve("db-dump.tar.gz");
        SyntheticDump.write(dump, 400, 1, 0, 3);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        TyposquatBenchmark.Result r = TyposquatBenchmark.run(dump, 40, 100,
                new PrintStream(text, true, StandardCharsets.UTF_8));
        assertEquals(400, r.names());
        assertEquals(40, r.corpus());
        assertEquals(100, r.sample());
        assertTrue(r.generated() >= r.candidates() && r.candidates() > 40 * 20, r.toString());
        assertTrue(r.seconds() > 0 && r.baselineSeconds() > 0, r.toString());
        assertEquals(r.baselineSeconds() * 4, r.baselineExtrapolatedSeconds(), 1e-9);
        String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("400 names against the top 40") && printed.contains("candidates generated: "),
                printed);
    }

    @Test
    void restrictedDamerauLevenshtein() {
        assertEquals(0, TyposquatBenchmark.osaDistance("serde", "serde"));
        assertEquals(1, TyposquatBenchmark.osaDistance("serde", "sedre"), "adjacent swap");
        assertEquals(1, TyposquatBenchmark.osaDistance("reqwest", "reqest"));
        assertEquals(1, TyposquatBenchmark.osaDistance("clap", "claap"));
        assertEquals(1, TyposquatBenchmark.osaDistance("tokio", "tocio"));
        assertEquals(3, TyposquatBenchmark.osaDistance("ca", "abc"), "optimal string alignment, not full Damerau");
        assertEquals(5, TyposquatBenchmark.osaDistance("", "tokio"));
    }
}
