package dev.easel.graph.index;

import dev.easel.analyzer.index.DbDumpReader;
import dev.easel.analyzer.index.DownloadWindow;
import dev.easel.analyzer.index.RecentDownloads;
import dev.easel.analyzer.index.VersionDownloadsArchive;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.load.GraphCounts;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.easel.graph.db.TestGraphStores.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Owners and downloads of testdata/dumps/supply-chain through the real embedded Neo4j. */
class IndexLoaderOwnersTest {

    static final Path DUMPS = IndexLoaderTest.DUMPS;
    static final Path SUPPLY_CHAIN = DUMPS.resolve("supply-chain/2025-03-01-020001");
    static final Path ARCHIVE = DUMPS.resolveSibling("version-downloads");

    /** Imports the supply-chain dump with recent downloads from 2025-02-28 to 2025-03-01. */
    static IndexLoader.Report importSupplyChain(GraphStore store, int batchSize) throws Exception {
        RecentDownloads recent = VersionDownloadsArchive.read(ARCHIVE,
                new DownloadWindow(LocalDate.parse("2025-02-28"), LocalDate.parse("2025-03-01")), p -> { });
        IndexLoader loader = new IndexLoader(store, batchSize);
        DbDumpReader.read(SUPPLY_CHAIN, loader, Path.of(System.getProperty("java.io.tmpdir")), recent);
        return loader.finish();
    }

    static List<Object> owners(String crate) {
        try (Session s = TestGraphStores.shared().session()) {
            return s.run("MATCH (o:Owner)-[:OWNS]->(:Crate {name: $c}) RETURN o.id AS id ORDER BY id", Map.of("c", crate))
                    .list(r -> (Object) r.get("id").asString());
        }
    }

    @Test
    void ownersTeamsAndDownloads() throws Exception {
        GraphStore store = TestGraphStores.clean();
        IndexLoader.Report report = importSupplyChain(store, 4);
        assertEquals(21, report.crates());
        assertEquals(24, report.owners());
        assertEquals(21, report.crateDownloads());
        assertEquals(6, report.problems().size(), report.problems().toString());

        assertEquals(12, count("MATCH (o:Owner) RETURN count(o)"), "10 users with a login and 2 teams");
        assertEquals(24, count("MATCH (:Owner)-[r:OWNS]->(:Crate) RETURN count(r)"));
        assertEquals(List.of("team:github:tokio-rs:core", "user:carllerche"), owners("tokio"));
        assertEquals(List.of("team:github:tokio-rs:core", "user:alice"), owners("tokio-rs"));
        assertEquals(1, count("""
                MATCH (o:Owner {id: 'team:github:tokio-rs:core', kind: 'team', login: 'github:tokio-rs:core', name: 'Core'})
                RETURN count(o)"""));
        assertEquals(1, count("MATCH (o:Owner {id: 'user:newpavlov', kind: 'user', login: 'newpavlov'}) WHERE o.name IS NULL RETURN count(o)"));
        assertEquals(9, count("MATCH (:Owner {login: 'mallory'})-[r:OWNS]->() RETURN count(r)"));

        assertEquals(9000, count("MATCH (c:Crate {name: 'serde'}) RETURN c.downloads"));
        assertEquals(10, count("MATCH (c:Crate {name: 'tocio'}) RETURN c.downloads"));
        assertEquals(1, count("MATCH (c:Crate {name: 'tocio', created_at: '2025-01-05 09:00:00'}) RETURN count(c)"));
        assertEquals(5000, count("MATCH (v:Version {id: 'serde@1.0.1'}) RETURN v.downloads"));
        // recent downloads: the archive's window, summed per version and per crate
        assertEquals(500, count("MATCH (v:Version {id: 'serde@1.0.1'}) RETURN v.recent_downloads"));
        assertEquals(0, count("MATCH (v:Version {id: 'serde@1.0.0'}) RETURN v.recent_downloads"));
        assertEquals(500, count("MATCH (c:Crate {name: 'serde'}) RETURN c.recent_downloads"));
        assertEquals(50, count("MATCH (c:Crate {name: 'tokio'}) RETURN c.recent_downloads"));
        assertEquals(0, count("MATCH (c:Crate {name: 'quantum'}) RETURN c.recent_downloads"));
    }

    @Test
    void reimportingChangesNothingAndAnOlderDumpLeavesOwnersAlone() throws Exception {
        GraphStore store = TestGraphStores.clean();
        importSupplyChain(store, 1000);
        Map<String, Long> once = GraphCounts.of(store);
        long ownsOnce = count("MATCH (:Owner)-[r:OWNS]->() RETURN count(r)");
        importSupplyChain(store, 3);
        assertEquals(once, GraphCounts.of(store));
        assertEquals(ownsOnce, count("MATCH (:Owner)-[r:OWNS]->() RETURN count(r)"));
        assertEquals(12, count("MATCH (o:Owner) RETURN count(o)"));

        // a dump without owner tables (2022 format) adds its crates and keeps the owners
        IndexLoader loader = new IndexLoader(store, 1000);
        DbDumpReader.Stats stats = DbDumpReader.read(DUMPS.resolve("2022-format"), loader);
        IndexLoader.Report report = loader.finish();
        assertEquals(0, report.owners());
        assertEquals(1, stats.notices().size());
        assertEquals(ownsOnce, count("MATCH (:Owner)-[r:OWNS]->() RETURN count(r)"));
        assertEquals(139933633L, count("MATCH (c:Crate {name: 'rand'}) RETURN c.downloads"), "from crates.csv's column");
        assertEquals(845, count("MATCH (v:Version {id: 'rand@0.1.3-experimental'}) RETURN v.downloads"));
    }

    @Test
    void anOwnerWhoLostEveryCrateIsRemoved() throws Exception {
        GraphStore store = TestGraphStores.clean();
        try (Session s = store.session()) {
            s.run("CREATE (:Owner {id: 'user:gone', kind: 'user', login: 'gone'})-[:OWNS]->(:Crate {name: 'serde'})")
                    .consume();
        }
        importSupplyChain(store, 1000);
        assertEquals(0, count("MATCH (o:Owner {id: 'user:gone'}) RETURN count(o)"));
        assertEquals(List.of("user:dtolnay"), owners("serde"));
    }
}
