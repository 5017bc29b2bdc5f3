package dev.easel.cli;

import dev.easel.analyzer.build.Toolchain;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The thin path of the README's quick start, through the easel command: the sample crates are built with cargo,
 * analysed, loaded into the embedded Neo4j, and their facts read back by Cypher over Bolt, exactly.
 */
class IngestEndToEndTest {

    static final Path SAMPLES = Path.of("..", "testdata", "crates").toAbsolutePath().normalize();

    @TempDir
    static Path tmp;
    static EaselRun ingest;

    @BeforeAll
    static void ingestSamples() {
        ingest = EaselRun.of("ingest", SAMPLES.toString(), tmp.resolve("missing-crate").toString(),
                "--data-dir", tmp.resolve("db").toString(), "--work-dir", tmp.resolve("work").toString(),
                "--no-cache", "--detail", "full", "--out", tmp.resolve("out.jsonl").toString());
    }

    @Test
    void someCratesFailedSoTheExitCodeSaysSoAndTheOthersAreLoaded() throws Exception {
        assertEquals(ExitCode.SOME_FAILED.code(), ingest.exitCode(), ingest.err());
        assertTrue(ingest.err().contains("missing-crate: intake: no such file or folder"), ingest.err());
        assertTrue(ingest.err().contains("broken-0.0.1: failed: compile error"), ingest.err());
        assertEquals(11, Files.readAllLines(tmp.resolve("out.jsonl")).size());
        assertTrue(ingest.out().contains("crates with FFI calls"), ingest.out());
        assertTrue(ingest.out().contains("foreign functions called"), ingest.out());
    }

    @Test
    void graphHoldsTheSampleCratesFacts() throws Exception {
        try (GraphStore store = GraphStore.open(new ConnectionSettings(null, null, null, null, tmp.resolve("db"), 0));
             Session s = store.session()) {
            assertEquals(11, one(s, "MATCH (c:Crate) RETURN count(c)"), "no crate named after a library (shiny)");
            assertEquals(11, one(s, "MATCH (v:Version {analysed: true}) RETURN count(v)"));
            assertEquals(11, one(s, "MATCH (v:Version {latest: true}) RETURN count(v)"), "each crate's only version");
            // uses-broken is fine itself: it failed because broken did, and says so
            assertEquals(List.of("broken@0.0.1:compile_error:null:null",
                    "uses-broken@0.1.0:dependency_failed:broken@0.0.1:compile_error"), s.run("""
                    MATCH (v:Version) WHERE v.build_status = 'failed'
                    RETURN v.id + ':' + v.failure + ':' + coalesce(v.failed_dependency, 'null') + ':'
                           + coalesce(v.dependency_failure, 'null') AS f ORDER BY f""")
                    .list(r -> r.get("f").asString()));

            // ffi-libm: cosine→cos once, hypot→sqrt twice, c_len→strlen once; cos and sqrt come from libm
            assertEquals(Map.of("ffi_libm::cosine->cos", 1L, "ffi_libm::hypot->sqrt", 2L, "ffi_libm::c_len->strlen", 1L),
                    toMap(s.run("""
                            MATCH (:Version {id: 'ffi-libm@0.1.0'})-[:DEFINES]->(f:Function)-[c:CALLS_FOREIGN]->(x:ForeignFunction)
                            RETURN f.name + '->' + x.name AS k, c.count AS v""").list(r -> Map.entry(
                            r.get("k").asString(), r.get("v").asLong()))));
            assertEquals(List.of("cos", "sqrt"), s.run("""
                    MATCH (x:ForeignFunction)-[:PROVIDED_BY]->(:NativeLibrary {name: 'm'}) RETURN x.name AS n ORDER BY n""")
                    .list(r -> r.get("n").asString()));
            assertEquals(1, one(s, "MATCH (:Version {id: 'ffi-libm@0.1.0'})-[:LINKS]->(:NativeLibrary {name: 'm'}) RETURN count(*)"));

            // ffi-cfg links what its Linux build compiled, for the host, from its active #[link]s; never FreeBSD's
            String host = Toolchain.detect().host();
            assertEquals(List.of("dl:link-attribute:" + host + ":false", "m:link-attribute:" + host + ":false",
                    "rt:link-attribute:" + host + ":false"), s.run("""
                    MATCH (v:Version {id: 'ffi-cfg@0.1.0'})-[k:LINKS]->(l:NativeLibrary)
                    RETURN l.name + ':' + k.via + ':' + k.target + ':' + k.inferred AS k ORDER BY k""")
                    .list(r -> r.get("k").asString()));
            assertEquals(List.of(host + ":compiled:4:5"), s.run("""
                    MATCH (v:Version {id: 'ffi-cfg@0.1.0'})
                    RETURN v.target + ':' + v.ffi_basis + ':' + v.extern_blocks + ':' + v.foreign_items AS t""")
                    .list(r -> r.get("t").asString()));
            assertEquals(0, one(s, "MATCH (l:NativeLibrary) WHERE l.name IN ['procstat', 'kvm', 'execinfo', 'util'] "
                    + "RETURN count(l)"));

            // renamed-lib's library is shiny: calls into it land on the package, and no crate invokes itself
            assertTrue(one(s, """
                    MATCH (:Version {id: 'uses-renamed@0.1.0'})-[i:INVOKES]->(:Crate {name: 'renamed-lib'})
                    RETURN i.calls""") >= 1);
            assertEquals(0, one(s, "MATCH (:Crate {name: 'shiny'}) RETURN count(*)"));
            assertEquals(0, one(s, "MATCH (v:Version)-[:INVOKES]->(c:Crate) WHERE v.name = c.name RETURN count(*)"));
            assertEquals(List.of("shiny::polish"), s.run("""
                    MATCH (:Version {id: 'uses-renamed@0.1.0'})-[:DEFINES]->(:Function {name: 'uses_renamed::shine'})
                          -[:CALLS]->(g:Function)<-[:DEFINES]-(:Version {id: 'renamed-lib@0.2.0'})
                    RETURN g.name AS n""").list(r -> r.get("n").asString()));

            // exports-c exports two C symbols
            assertEquals(List.of("easel_add", "easel_twice"), s.run("""
                    MATCH (:Version {id: 'exports-c@0.2.0'})-[:EXPORTS]->(x:ForeignFunction) RETURN x.name AS n ORDER BY n""")
                    .list(r -> r.get("n").asString()));

            // unsafe-zoo: 2 unsafe fns, 1 unsafe impl, 1 unsafe trait, 3 unsafe blocks
            assertEquals(List.of(2L, 1L, 1L, 3L), s.run("""
                    MATCH (v:Version {id: 'unsafe-zoo@1.0.0'})
                    RETURN [v.unsafe_functions, v.unsafe_impls, v.unsafe_traits, v.unsafe_blocks] AS u""")
                    .single().get("u").asList(x -> x.asLong()));

            // uses-base depends on base-lib by path, resolved to 0.3.1, and calls into it
            assertEquals(1, one(s, """
                    MATCH (:Version {id: 'uses-base@0.1.0'})-[d:DEPENDS_ON {kind: 'normal'}]->(:Crate {name: 'base-lib'})
                    RETURN count(d)"""));
            assertEquals(1, one(s, """
                    MATCH (:Version {id: 'uses-base@0.1.0'})-[:RESOLVED_TO]->(:Version {id: 'base-lib@0.3.1'}) RETURN count(*)"""));
            assertTrue(one(s, """
                    MATCH (:Version {id: 'uses-base@0.1.0'})-[i:INVOKES]->(:Crate {name: 'base-lib'}) RETURN i.calls""") >= 2);
            assertEquals(List.of("base_lib::answer", "base_lib::scaled"), s.run("""
                    MATCH (:Version {id: 'uses-base@0.1.0'})-[:DEFINES]->(:Function {name: 'uses_base::question'})
                          -[:CALLS]->(g:Function)<-[:DEFINES]-(:Version {id: 'base-lib@0.3.1'})
                    RETURN g.name AS n ORDER BY n""").list(r -> r.get("n").asString()));
        }
    }

    @Test
    void noSummarySkipsTheTableAndTheCacheAnswersARerun() {
        EaselRun again = EaselRun.of("ingest", SAMPLES.resolve("unsafe-zoo").toString(), "--no-summary",
                "--data-dir", tmp.resolve("db-rerun").toString(), "--work-dir", tmp.resolve("work").toString(),
                "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, again.exitCode(), again.err());
        assertEquals("", again.out());
        EaselRun cached = EaselRun.of("ingest", SAMPLES.resolve("unsafe-zoo").toString(), "--no-summary",
                "--data-dir", tmp.resolve("db-rerun").toString(), "--work-dir", tmp.resolve("work").toString(),
                "--cache-dir", tmp.resolve("cache").toString());
        assertEquals(0, cached.exitCode(), cached.err());
        assertTrue(cached.err().contains("1 crates analysed (0 failed, 1 from cache)"), cached.err());
    }

    @Test
    void loadingTheWrittenFileAgainChangesNothing() {
        Path db = tmp.resolve("db");
        long before = counts(db);
        EaselRun load = EaselRun.of("load", tmp.resolve("out.jsonl").toString(), "--data-dir", db.toString(),
                "--detail", "full");
        assertEquals(0, load.exitCode(), load.err());
        assertEquals(before, counts(db));
    }

    private static long counts(Path db) {
        try (GraphStore store = GraphStore.open(new ConnectionSettings(null, null, null, null, db, 0));
             Session s = store.session()) {
            return one(s, "MATCH (n) RETURN count(n)") * 1_000_000 + one(s, "MATCH ()-[r]->() RETURN count(r)");
        }
    }

    private static long one(Session s, String cypher) {
        return s.run(cypher).single().get(0).asLong();
    }

    private static Map<String, Long> toMap(List<Map.Entry<String, Long>> entries) {
        return Map.ofEntries(entries.toArray(Map.Entry[]::new));
    }
}
