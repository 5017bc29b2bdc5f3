package dev.easel.graph.load;

import dev.easel.analyzer.index.RegistryIndexReader;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.export.CsvExporter;
import dev.easel.graph.index.IndexLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code latest} flag by the one rule, on the online load, in the CSV for bulk loading and by the index import
 * alike.
 */
class LatestFlagTest {

    /** {@link #VERSIONS} as a registry index, and the crate {@code pulled} whose highest release is yanked. */
    private static final Path LATEST_INDEX = Path.of("../testdata/dumps/latest-rule").toAbsolutePath().normalize();
    private static final Map<String, Boolean> PULLED = Map.of("pulled@1.0.0", true, "pulled@1.1.0", false,
            "pulled@1.2.0-rc.1", false);

    /** Crate versions, in the order they are loaded, and the version that must come out latest. */
    private static final List<String> VERSIONS = List.of(
            "rc@2.0.0-rc.9", "rc@2.0.0-rc.10",                         // numeric identifiers: rc.10 above rc.9
            "spec@1.0.0-alpha.beta", "spec@1.0.0-alpha.1",             // alphanumeric above numeric
            "mixed@2.0.0-rc.10", "mixed@1.9.0", "mixed@2.0.0-alpha",   // any release above every pre-release
            "meta@0.1.11+1.0.8", "meta@0.1.10",                        // build metadata: 0.1.11 all the same
            "tie@1.0.0+build.10", "tie@1.0.0+build.9", "tie@1.0.0",    // metadata breaks the tie, numerically
            "odd@1.0", "odd@0.1.0");                                   // a number that is no semver never counts
    private static final Map<String, Boolean> EXPECTED = expected();

    private static Map<String, Boolean> expected() {
        Map<String, Boolean> m = new TreeMap<>();
        VERSIONS.forEach(id -> m.put(id, false));
        for (String id : List.of("rc@2.0.0-rc.10", "spec@1.0.0-alpha.beta", "mixed@1.9.0", "meta@0.1.11+1.0.8",
                "tie@1.0.0+build.10", "odd@0.1.0")) {
            m.put(id, true);
        }
        return m;
    }

    private static CrateAnalysis analysis(String id) {
        int at = id.indexOf('@');
        return CrateAnalysis.builder(id.substring(0, at), id.substring(at + 1)).build();
    }

    private static List<CrateAnalysis> analyses(List<String> ids) {
        return ids.stream().map(LatestFlagTest::analysis).toList();
    }

    private static Map<String, Boolean> online(GraphStore store) {
        Map<String, Boolean> out = new TreeMap<>();
        try (Session s = store.session()) {
            s.run("MATCH (v:Version) WHERE v.latest IS NOT NULL RETURN v.id AS id, v.latest AS latest")
                    .forEachRemaining(r -> out.put(r.get("id").asString(), r.get("latest").asBoolean()));
        }
        return out;
    }

    @Test
    void onlineLoadInOneWindowAndVersionByVersion() {
        GraphStore store = TestGraphStores.clean();
        AnalysisLoader.load(store, analyses(VERSIONS), LoadOptions.defaults());
        assertEquals(EXPECTED, online(store));

        store = TestGraphStores.clean();
        AnalysisLoader loader = new AnalysisLoader(store, LoadOptions.defaults());
        for (String id : VERSIONS) {
            loader.load(List.of(analysis(id))); // each version its own load: the flag moves as versions arrive
        }
        assertEquals(EXPECTED, online(store));
        List<String> backwards = new java.util.ArrayList<>(VERSIONS);
        java.util.Collections.reverse(backwards);
        for (String id : backwards) {
            loader.load(List.of(analysis(id))); // loaded again, the other way round: the same flags
        }
        assertEquals(EXPECTED, online(store));
    }

    @Test
    void anIndexImportOwnsTheFlagOfItsCrates() {
        GraphStore store = TestGraphStores.clean();
        try (Session s = store.session()) {
            // as the index import leaves it: it knows 2.0.0-rc.10 is yanked
            s.run("""
                    MERGE (c:Crate {name: 'rc'})
                    MERGE (v:Version {id: 'rc@2.0.0-rc.10'}) SET v.name = 'rc', v.version = '2.0.0-rc.10', v.yanked = true,
                      v.latest = false
                    MERGE (w:Version {id: 'rc@2.0.0-rc.9'}) SET w.name = 'rc', w.version = '2.0.0-rc.9', w.yanked = false,
                      w.latest = true
                    MERGE (v)-[:VERSION_OF]->(c) MERGE (w)-[:VERSION_OF]->(c)""").consume();
        }
        AnalysisLoader.load(store, analyses(List.of("rc@2.0.0-rc.10", "rc@2.0.0-rc.9")), LoadOptions.defaults());
        assertEquals(Map.of("rc@2.0.0-rc.10", false, "rc@2.0.0-rc.9", true), online(store));
    }

    @Test
    void theIndexImportMarksTheSameFlagsLeavingYankedOutAndAnalysesLoadedOnTopChangeNone() throws IOException {
        GraphStore store = TestGraphStores.clean();
        IndexLoader index = new IndexLoader(store, 2); // small batches: several flushes
        RegistryIndexReader.Stats stats = RegistryIndexReader.read(LATEST_INDEX, index);
        index.finish();
        assertEquals(VERSIONS.size() + PULLED.size(), stats.versions());
        Map<String, Boolean> expected = new TreeMap<>(EXPECTED);
        expected.putAll(PULLED);
        assertEquals(expected, online(store));

        List<String> analysed = new java.util.ArrayList<>(VERSIONS);
        analysed.addAll(PULLED.keySet());
        AnalysisLoader.load(store, analyses(analysed), LoadOptions.defaults());
        assertEquals(expected, online(store), "the index import owns the flag of the crates it describes");
    }

    @Test
    void csvExportWritesTheSameFlags(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("csv");
        new CsvExporter(LoadOptions.defaults()).write(analyses(VERSIONS).stream(), dir);
        List<String> lines = Files.readAllLines(dir.resolve("versions.csv"));
        assertEquals("latest:boolean", lastField(lines.get(0)));
        Map<String, Boolean> flags = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            flags.put(line.substring(1, line.indexOf('"', 1)), Boolean.parseBoolean(lastField(line)));
        }
        assertEquals(EXPECTED, flags);
    }

    private static String lastField(String line) {
        return line.substring(line.lastIndexOf(',') + 1);
    }
}
