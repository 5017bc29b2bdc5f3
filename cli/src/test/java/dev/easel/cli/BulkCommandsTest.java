package dev.easel.cli;

import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphDump;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.testdata.SampleAnalyses;
import dev.easel.graph.testdata.SyntheticAnalyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** load --bulk and index import --bulk give the graph the transactional commands give, refused over a graph. */
class BulkCommandsTest {

    static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    static final Path DUMP = TESTDATA.resolve("dumps/supply-chain/2025-03-01-020001");

    static List<String> dumpOf(Path dataDir) {
        try (GraphStore store = GraphStore.open(ConnectionSettings.forDataDir(dataDir))) {
            return GraphDump.canonical(store);
        }
    }

    static Path analysesFile(Path tmp) throws IOException {
        List<CrateAnalysis> all = new ArrayList<>(List.of(SampleAnalyses.zlibby(), SampleAnalyses.minizRs()));
        StreamSupport.stream(new SyntheticAnalyses(4, 50, 5).spliterator(), false).forEach(all::add);
        Path file = tmp.resolve("analyses.jsonl");
        try (Writer w = Files.newBufferedWriter(file)) {
            for (CrateAnalysis a : all) {
                AnalysisJson.append(w, a);
            }
        }
        return file;
    }

    @Test
    void loadBulkEqualsLoadAndIsRefusedOverAGraphWithoutReplace(@TempDir Path tmp) throws IOException {
        String file = analysesFile(tmp).toString();
        Path online = tmp.resolve("online");
        Path bulk = tmp.resolve("bulk");
        EaselRun loaded = EaselRun.of("load", file, "--data-dir", online.toString());
        assertEquals(0, loaded.exitCode(), loaded.err());
        EaselRun imported = EaselRun.of("load", "--bulk", file, "--data-dir", bulk.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("easel: bulk import into " + bulk.toAbsolutePath()), imported.err());
        List<String> expected = dumpOf(online);
        assertEquals(expected, dumpOf(bulk));

        EaselRun refused = EaselRun.of("load", "--bulk", file, "--data-dir", bulk.toString());
        assertEquals(ExitCode.USAGE.code(), refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("add --replace to replace it"), refused.err());
        assertEquals(expected, dumpOf(bulk), "nothing lost");

        EaselRun replaced = EaselRun.of("load", "--bulk", "--replace", file, "--data-dir", bulk.toString());
        assertEquals(0, replaced.exitCode(), replaced.err());
        assertTrue(replaced.err().contains("the old graph replaced"), replaced.err());
        assertEquals(expected, dumpOf(bulk));

        // an ordinary load afterwards adds nothing twice
        EaselRun again = EaselRun.of("load", file, "--data-dir", bulk.toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(expected, dumpOf(bulk));
    }

    @Test
    void indexImportBulkEqualsIndexImport(@TempDir Path tmp) {
        Path online = tmp.resolve("online");
        Path bulk = tmp.resolve("bulk");
        String[] common = {"index", "import", "--db-dump", DUMP.toString(), "--version-downloads",
                TESTDATA.resolve("version-downloads").toString(), "--downloads-since", "2025-02-28"};
        EaselRun loaded = EaselRun.of(with(common, "--data-dir", online.toString()));
        assertEquals(ExitCode.SOME_FAILED.code(), loaded.exitCode(), loaded.err());
        EaselRun imported = EaselRun.of(with(common, "--bulk", "--data-dir", bulk.toString()));
        assertEquals(ExitCode.SOME_FAILED.code(), imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("users.csv:12: index: row skipped: empty gh_login"), imported.err());
        assertTrue(imported.err().contains("easel: 21 crates, 22 versions, 3 dependencies (21 latest), 12 owners, "
                + "21 crate download counts; 0 input rows dropped"), imported.err());
        assertEquals(dumpOf(online), dumpOf(bulk));
    }

    @Test
    void remoteBulkWritesTheFilesAndTheServersCommand(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("import");
        EaselRun r = EaselRun.of("load", "--bulk", analysesFile(tmp).toString(), "--uri", "neo4j://127.0.0.1:1",
                "--password", "x", "--import-dir", dir.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("neo4j-admin \\\n  database \\\n  import \\\n  full \\\n  neo4j \\\n  "
                + "--overwrite-destination=false"), r.out());
        assertTrue(r.out().contains("--nodes=Crate=" + dir.resolve("crates.csv.gz")), r.out());
        assertEquals(r.out(), Files.readString(dir.resolve("import-command.txt")));
        assertTrue(r.err().contains("is a remote server"), r.err());
    }

    @Test
    void shardFilesFromDifferentRustcVersionsAreRefusedAndNothingIsLost(@TempDir Path tmp) throws IOException {
        Path db = tmp.resolve("db");
        String file = analysesFile(tmp).toString();
        assertEquals(0, EaselRun.of("load", "--bulk", file, "--data-dir", db.toString()).exitCode());
        List<String> before = dumpOf(db);
        Path a = builtBy(tmp.resolve("shard-1.jsonl"), "zlibby", "rustc 1.85.0 (4d91de4e4 2025-02-17)");
        Path b = builtBy(tmp.resolve("shard-2.jsonl"), "other", "rustc 1.84.1 (e71f9a9a9 2025-01-27)");
        EaselRun mixed = EaselRun.of("load", "--bulk", "--replace", a.toString(), b.toString(), "--data-dir",
                db.toString());
        assertEquals(ExitCode.USAGE.code(), mixed.exitCode(), mixed.err());
        assertTrue(mixed.err().contains(b + ": other 1.0.0 was built by 'rustc 1.84.1 (e71f9a9a9 2025-01-27)', but "
                + a + " by 'rustc 1.85.0 (4d91de4e4 2025-02-17)': files from runs with different rustc versions are"
                + " not loaded into one new graph"), mixed.err());
        assertEquals(before, dumpOf(db), "the graph there is as it was");
    }

    private static Path builtBy(Path file, String name, String rustc) throws IOException {
        CrateAnalysis a = CrateAnalysis.builder(name, "1.0.0")
                .build(BuildOutcome.ok("built").ranWith(rustc, "", false, 1000)).build();
        try (Writer w = Files.newBufferedWriter(file)) {
            AnalysisJson.append(w, a);
        }
        return file;
    }

    private static String[] with(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}
