package dev.easel.graph.bulk;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphDump;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.StoreFiles;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.export.CsvExporter;
import dev.easel.graph.export.ExportReport;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.schema.GraphSchema;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.testdata.SampleAnalyses;
import dev.easel.graph.testdata.SyntheticAnalyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BulkImportTest {

    private static final LoadOptions OPTIONS = LoadOptions.defaults();

    /** Graph A: the sample crates (zlibby calls miniz-rs, which comes later) and synthetic ones. */
    static List<CrateAnalysis> graphA() {
        List<CrateAnalysis> all = new ArrayList<>();
        all.add(SampleAnalyses.zlibby());
        all.add(SampleAnalyses.minizRs());
        StreamSupport.stream(new SyntheticAnalyses(5, 80, 3).spliterator(), false).forEach(all::add);
        return all;
    }

    /** Graph B: other synthetic crates. */
    static List<CrateAnalysis> graphB() {
        List<CrateAnalysis> all = new ArrayList<>();
        StreamSupport.stream(new SyntheticAnalyses(4, 60, 11).spliterator(), false).forEach(all::add);
        return all;
    }

    static List<String> onlineDump(List<CrateAnalysis> analyses) {
        GraphStore online = TestGraphStores.clean();
        AnalysisLoader.load(online, analyses, OPTIONS);
        return GraphDump.canonical(online);
    }

    private static BulkImport.Result bulk(Path dataDir, List<CrateAnalysis> input, boolean replace,
                                          AtomicReference<List<String>> dump) {
        try (BulkImport bulk = BulkImport.prepare(dataDir, BulkImport.Options.defaults().withReplace(replace))) {
            ExportReport files = new CsvExporter(OPTIONS).compressed().writeFiles(input.stream(), bulk.filesDir());
            return bulk.importFiles(files.files(), store -> dump.set(GraphDump.canonical(store)));
        }
    }

    private static List<String> dumpOf(Path dataDir) {
        try (GraphStore store = GraphStore.open(ConnectionSettings.forDataDir(dataDir))) {
            return GraphDump.canonical(store);
        }
    }

    @Test
    void bulkImportEqualsOnlineLoadRefusesAGraphKeepsItOnFailureAndReplacesItWhenAsked(@TempDir Path tmp)
            throws Exception {
        List<String> expectedA = onlineDump(graphA());
        List<String> expectedB = onlineDump(graphB());
        Path dataDir = tmp.resolve("db");

        // into a folder that does not exist yet
        AtomicReference<List<String>> dump = new AtomicReference<>();
        BulkImport.Result a = bulk(dataDir, graphA(), false, dump);
        assertEquals(expectedA, dump.get());
        assertFalse(a.replaced());
        assertEquals(0, a.skipped().skipped(), a.skipped().examples().toString());
        assertTrue(expectedA.stream().anyMatch(l -> l.contains("load_state: \"complete\"")));
        assertTrue(expectedA.stream().anyMatch(l -> l.contains("latest: true")));
        assertFalse(Files.exists(dataDir.resolve(BulkImport.WORK)) && Files.list(dataDir.resolve(BulkImport.WORK))
                .findAny().isPresent(), "the work folder is removed after a success");

        // a graph is there: refused without --replace, before anything is written
        BulkImportException refused = assertThrows(BulkImportException.class,
                () -> BulkImport.prepare(dataDir, BulkImport.Options.defaults()));
        assertEquals(BulkImportException.Reason.REFUSED, refused.reason());
        assertTrue(refused.getMessage().contains("--replace"), refused.getMessage());

        // an import that fails (a truncated file) leaves graph A as it was
        try (BulkImport bulk = BulkImport.prepare(dataDir, BulkImport.Options.defaults().withReplace(true))) {
            ExportReport files = new CsvExporter(OPTIONS).compressed().writeFiles(graphB().stream(), bulk.filesDir());
            Path calls = files.files().relationships().get("CALLS");
            byte[] bytes = Files.readAllBytes(calls);
            try (OutputStream out = Files.newOutputStream(calls)) {
                out.write(bytes, 0, bytes.length / 2);
            }
            BulkImportException failed = assertThrows(BulkImportException.class, () -> bulk.importFiles(files.files()));
            assertEquals(BulkImportException.Reason.FAILED, failed.reason());
            assertTrue(failed.getMessage().contains(bulk.log().toString()), failed.getMessage());
        }
        assertFalse(StoreFiles.swapPending(dataDir));

        // replaced when asked, and an ordinary load adds to the imported graph as to one loaded online
        AtomicReference<List<String>> afterLoad = new AtomicReference<>();
        BulkImport.Result b;
        try (BulkImport bulk = BulkImport.prepare(dataDir, BulkImport.Options.defaults().withReplace(true))) {
            ExportReport files = new CsvExporter(OPTIONS).compressed().writeFiles(graphB().stream(), bulk.filesDir());
            b = bulk.importFiles(files.files(), store -> {
                dump.set(GraphDump.canonical(store));
                AnalysisLoader.load(store, graphA(), OPTIONS);
                AnalysisLoader.load(store, graphA(), OPTIONS); // idempotent
                afterLoad.set(GraphDump.canonical(store));
                try (Session s = store.session()) {
                    assertEquals(GraphSchema.NODES.size(), s.run("SHOW CONSTRAINTS").list().size(),
                            "easel's constraints were created, one per label");
                }
            });
        }
        assertTrue(b.replaced());
        assertEquals(expectedB, dump.get(), "graph A is gone, graph B is there");
        List<CrateAnalysis> both = new ArrayList<>(graphB());
        both.addAll(graphA());
        assertEquals(onlineDump(both), afterLoad.get());
    }
}
