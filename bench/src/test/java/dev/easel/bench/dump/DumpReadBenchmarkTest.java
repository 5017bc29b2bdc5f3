package dev.easel.bench.dump;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DumpReadBenchmarkTest {

    @Test
    void figuresAreSaneOnATinyDump(@TempDir Path tmp) throws IOException {
        Path dump = tmp.resolve("db-dump.tar.gz");
        SyntheticDump.write(dump, 100, 3, 2, 7);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        DumpReadBenchmark.Result r = DumpReadBenchmark.run(dump, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertEquals(100 + 300 + 600, r.rows());
        assertEquals(0, r.problems());
        assertTrue(r.seconds() > 0 && r.baselineSeconds() > 0 && r.ratio() > 0);
        assertTrue(r.peakHeapBytes() > 0 && r.peakHeapBytes() <= Runtime.getRuntime().maxMemory() * 2);
        String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("rows: 1,000") && printed.contains("peak heap"), printed);
    }
}
