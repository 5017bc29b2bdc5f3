package dev.easel.graph.load;

import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.testdata.SyntheticAnalyses;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InterruptedLoadTest {

    private static final int CRATES = 80;

    @Test
    void loadKilledMidwayThenResumedEqualsUninterruptedLoad(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("analyses.jsonl");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (CrateAnalysis a : new SyntheticAnalyses(CRATES, 300, 7)) {
                AnalysisJson.append(out, a);
            }
        }
        GraphStore reference = TestGraphStores.clean();
        LoadReport clean = new AnalysisLoader(reference, LoadInChildProcess.OPTIONS).loadFile(file);
        assertEquals(CRATES, clean.versionsLoaded());
        Map<String, Long> expected = GraphCounts.of(reference);

        Path dataDir = tmp.resolve("killed-db");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), LoadInChildProcess.class.getName(),
                dataDir.toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        boolean sawProgress = false;
        boolean finished = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("loaded ")) {
                    sawProgress = true;
                    child.destroyForcibly(); // in the middle of the next window
                    break;
                }
                finished |= line.equals("done");
            }
        }
        child.waitFor();
        assertTrue(sawProgress, "the child never began loading");
        assertFalse(finished);

        try (GraphStore resumed = GraphStore.open(new ConnectionSettings(null, null, null, null, dataDir, 0))) {
            long completeBefore = count(resumed, "MATCH (v:Version {load_state:'complete'}) RETURN count(v)");
            assertTrue(completeBefore < CRATES, "the kill came too late to interrupt anything: " + completeBefore);
            LoadReport report = new AnalysisLoader(resumed, LoadInChildProcess.OPTIONS).loadFile(file);
            assertEquals(CRATES, report.versionsLoaded());
            assertEquals(expected, GraphCounts.of(resumed));
            assertEquals(0, count(resumed, "MATCH (v:Version) WHERE v.load_state <> 'complete' RETURN count(v)"));
        }
    }

    private static long count(GraphStore store, String cypher) {
        try (var s = store.session()) {
            return s.run(cypher).single().get(0).asLong();
        }
    }
}
