package dev.easel.bench.load;

import dev.easel.graph.db.TestGraphStores;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadBenchmarkTest {

    @Test
    void tinyRunReportsSaneFigures() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        LoadBenchmark.Result r = LoadBenchmark.run(TestGraphStores.clean(), 3, 60,
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(r.relationships() > 3 * 60, text);
        assertTrue(r.perSecond() > 0 && r.painterPerSecond() > 0, text);
        assertTrue(r.painterEdges() > 0 && r.painterEdges() <= LoadBenchmark.PAINTER_SLICE, text);
        assertTrue(r.peakHeapSmall() > 0 && r.peakHeapLarge() > 0 && r.liveHeapSmall() > 0 && r.liveHeapLarge() > 0, text);
        assertEquals(LoadBenchmark.BATCH_SIZES.length, r.perSecondByBatch().size());
        assertTrue(text.contains("Painter's way") && text.contains("relationships/s"), text);
        // the store holds the larger load: 12 crates, all complete
        assertEquals(12, TestGraphStores.count("MATCH (v:Version {load_state:'complete'}) RETURN count(v)"));
    }
}
