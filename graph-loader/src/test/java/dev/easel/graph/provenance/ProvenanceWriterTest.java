package dev.easel.graph.provenance;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.provenance.ProvenanceCheck;
import dev.easel.analyzer.provenance.ProvenanceStatus;
import dev.easel.graph.callgraph.Detail;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.Schema;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.testdata.SampleAnalyses;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BUILT_FROM and Repository written from checks, idempotently, beside the Version facts an analysis loads. */
class ProvenanceWriterTest {

    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    private static ProvenanceCheck check(String name, String version, String key, ProvenanceStatus status,
                                         List<String> changed, List<String> onlyInPackage) {
        return new ProvenanceCheck(name, version, key == null ? null : key + ".git", key, "/m/x", "abc", "", false,
                status, changed, onlyInPackage, List.of("tests/it.rs"), List.of(), null, AT);
    }

    @Test
    void checksBecomeBuiltFromAndRepositories() {
        GraphStore store = TestGraphStores.clean();
        Schema.ensure(store);
        AnalysisLoader.load(store, List.of(SampleAnalyses.zlibby()), LoadOptions.defaults().withDetail(Detail.CRATE));
        List<ProvenanceCheck> checks = List.of(
                check("zlibby", "1.0.0", "https://github.com/example/zlibby", ProvenanceStatus.DIFFERS,
                        List.of("src/lib.rs"), List.of("debian/patch")),
                check("other", "0.1.0", "https://github.com/example/zlibby", ProvenanceStatus.MATCH, List.of(), List.of()),
                check("loose", "2.0.0", null, ProvenanceStatus.NO_REPOSITORY, List.of(), List.of()));
        ProvenanceWriter writer = new ProvenanceWriter(store, 2);
        assertEquals(new ProvenanceWriter.Report(3, 1, 2), writer.write(checks)); // one URL, no edge for "loose"
        writer.write(checks); // again: nothing new

        try (Session s = store.session()) {
            assertEquals(1, s.run("MATCH (r:Repository) RETURN count(r)").single().get(0).asLong());
            List<Record> edges = s.run("""
                    MATCH (v:Version)-[b:BUILT_FROM]->(r:Repository)
                    RETURN v.id AS v, b.status AS status, b.differing AS differing, b.checked_at AS at, r.url AS url,
                           b.only_in_repository AS repoOnly, b.commit AS commit
                    ORDER BY v""").list();
            assertEquals(2, edges.size());
            assertEquals("other@0.1.0", edges.get(0).get("v").asString());
            assertEquals("match", edges.get(0).get("status").asString());
            Record z = edges.get(1);
            assertEquals("zlibby@1.0.0", z.get("v").asString());
            assertEquals("differs", z.get("status").asString());
            assertEquals(List.of("src/lib.rs", "debian/patch"), z.get("differing").asList());
            assertEquals(AT.atOffset(ZoneOffset.UTC).toZonedDateTime(), z.get("at").asZonedDateTime());
            assertEquals("https://github.com/example/zlibby", z.get("url").asString());
            assertEquals(1, z.get("repoOnly").asLong());
            assertEquals("abc", z.get("commit").asString());
            Map<String, Object> loose = s.run("MATCH (v:Version {id: 'loose@2.0.0'}) RETURN v {.*} AS v")
                    .single().get("v").asMap();
            assertEquals("no-repository", loose.get("provenance_status"));
            assertEquals(false, loose.get("analysed"));
            // the analysed version kept what the loader wrote
            assertEquals("differs", s.run("MATCH (v:Version {id: 'zlibby@1.0.0'}) RETURN v.provenance_status")
                    .single().get(0).asString());
            assertTrue(s.run("SHOW CONSTRAINTS YIELD name WHERE name = 'repository_url' RETURN count(*)")
                    .single().get(0).asLong() == 1);
        }
    }

    @Test
    void versionCarriesProvenanceAndBuildScriptFacts() {
        GraphStore store = TestGraphStores.clean();
        CrateAnalysis zlibby = SampleAnalyses.zlibby();
        AnalysisLoader.load(store, List.of(zlibby), LoadOptions.defaults().withDetail(Detail.CRATE));
        try (Session s = store.session()) {
            Map<String, Object> v = s.run("MATCH (v:Version {id: 'zlibby@1.0.0'}) RETURN v {.*} AS v")
                    .single().get("v").asMap();
            assertEquals("b4d8564f38ac5dc928da5e6325ef3f4dd9cfd519", v.get("vcs_commit"));
            assertEquals("zlibby", v.get("vcs_path"));
            assertEquals(true, v.get("vcs_dirty"));
            assertEquals(false, v.get("has_cargo_toml_orig"));
            assertEquals(List.of("native-compile", "network"), v.get("build_script_effects"));
            assertEquals(List.of("native-compile"), v.get("build_script_inferred"));
            assertEquals(List.of("native-compile", "network"), v.get("build_script_observed"));
            assertTrue(!v.containsKey("homepage"));
        }
        // a source-only analysis of the same version later keeps the build's observations
        AnalysisLoader.load(store, List.of(zlibby.toBuilder().functions(List.of()).calls(List.of())
                .foreignCalls(List.of()).build(dev.easel.analyzer.model.BuildOutcome.skipped("source-only")).build()),
                LoadOptions.defaults().withDetail(Detail.CRATE));
        try (Session s = store.session()) {
            assertEquals(List.of("native-compile", "network"), s.run(
                    "MATCH (v:Version {id: 'zlibby@1.0.0'}) RETURN v.build_script_observed").single().get(0).asList());
        }
    }
}
