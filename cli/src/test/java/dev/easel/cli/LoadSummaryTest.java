package dev.easel.cli;

import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.Provenance;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code easel load} into a database an older easel left with its {@code function_name} index (which refused rsass's
 * 10 kB function name and with it the whole version): a function named 100 kB loads; a version that cannot be loaded
 * is counted in the summary, and the exit code says so.
 */
class LoadSummaryTest {

    @TempDir
    Path tmp;

    private static CrateAnalysis withName(String name) {
        return CrateAnalysis.builder("huge", "1.0.0")
                .build(new BuildOutcome(BuildOutcome.Status.OK, null, List.of(), "ok", null, "rustc 1.95.0", "", false,
                        1))
                .functions(List.of(new FunctionInfo("_RNvCs1_4huge5giant", name, "huge", null, "src/lib.rs", 5,
                        "external", false, true, Provenance.IR)))
                .build();
    }

    @Test
    void aHundredKilobyteNameLoadsAndAVersionNotLoadedIsCountedAndSetsTheExitCode() throws Exception {
        Path db = tmp.resolve("db");
        try (GraphStore store = GraphStore.open(new ConnectionSettings(null, null, null, null, db, 0));
             Session s = store.session()) {
            s.run("CREATE INDEX function_name IF NOT EXISTS FOR (f:Function) ON (f.name)").consume();
        }
        String name = "huge::giant::<" + "core::iter::Map<".repeat(6_250) + "u8" + ">".repeat(6_251);
        assertTrue(name.length() > 100_000, "length " + name.length());
        Path file = tmp.resolve("analyses.jsonl");
        // the second line is cut short: that version cannot be loaded
        String good = AnalysisJson.toLine(withName(name));
        Files.writeString(file, good + "\n" + "{\"schema\": 2, \"name\": \"cut\", \"version\": \"0.1.0\", \"func\n");

        EaselRun load = EaselRun.of("load", file.toString(), "--data-dir", db.toString(), "--detail", "full");

        assertEquals(ExitCode.NOT_LOADED.code(), load.exitCode(), load.err());
        assertTrue(load.err().contains("1 versions loaded, 1 not loaded"), load.err());
        assertTrue(load.err().contains("easel: not loaded: " + file + ":2"), load.err());
        try (GraphStore store = GraphStore.open(new ConnectionSettings(null, null, null, null, db, 0));
             Session s = store.session()) {
            assertEquals(name, s.run("MATCH (:Version {id: 'huge@1.0.0', load_state: 'complete'})-[:DEFINES]->"
                    + "(f:Function) RETURN f.name AS n").single().get("n").asString());
            assertEquals(0, s.run("SHOW INDEXES YIELD name WHERE name = 'function_name' RETURN count(*)")
                    .single().get(0).asLong(), "the old index is gone");
        }
    }
}
