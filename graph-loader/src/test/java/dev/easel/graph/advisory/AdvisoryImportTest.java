package dev.easel.graph.advisory;

import dev.easel.analyzer.advisory.Advisory;
import dev.easel.analyzer.advisory.AdvisoryDatabaseReader;
import dev.easel.analyzer.advisory.AdvisoryDatabaseReader.AdvisoryDatabase;
import dev.easel.graph.callgraph.Detail;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.testdata.AdvisoryAnalyses;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.easel.graph.db.TestGraphStores.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fixture advisory database (testdata/advisory-db) imported into the graph of the fixture crates
 * ({@link AdvisoryAnalyses}, loaded by the real loader into the embedded Neo4j), every fact asserted row by row.
 */
class AdvisoryImportTest {

    static final Path FIXTURE_DB = Path.of("..", "testdata", "advisory-db").toAbsolutePath().normalize();

    private GraphStore store;

    @BeforeEach
    void loadCrates() {
        store = TestGraphStores.clean();
        AnalysisLoader.load(store, AdvisoryAnalyses.all(), LoadOptions.defaults().withDetail(Detail.FULL));
    }

    private ImportReport importFixture() throws IOException {
        return new AdvisoryImporter(store).importDatabase(AdvisoryDatabaseReader.read(FIXTURE_DB));
    }

    private List<List<Object>> rows(String cypher) {
        try (Session s = store.session()) {
            return s.run(cypher).list(r -> r.values().stream().map(v -> v.asObject()).toList());
        }
    }

    @Test
    void advisoriesAffectTheVersionsInTheirRanges() throws IOException {
        ImportReport report = importFixture();
        assertEquals(8, report.files());
        assertEquals(6, report.advisories());
        assertEquals(1, report.withdrawn());
        assertEquals(5, report.concerning(), "all but absent-crate's");

        assertEquals(List.of(
                List.of("RUSTSEC-2099-0001", "Out-of-bounds read in vuln-lib's parser", "vulnerability", "2099-01-15",
                        List.of("CVE-2099-0001"), "vuln-lib"),
                List.of("RUSTSEC-2099-0002", "Sanitize for Parser is unsound", "unsound", "2099-02-01", List.of(), "vuln-lib"),
                List.of("RUSTSEC-2099-0003", "version() leaks memory (withdrawn: filed in error)", "vulnerability",
                        "2099-03-01", List.of(), "vuln-lib"),
                List.of("RUSTSEC-2099-0004", "vuln-lib is unmaintained", "unmaintained", "2099-04-01", List.of(), "vuln-lib"),
                List.of("RUSTSEC-2099-0005", "A crate the graph does not hold", "vulnerability", "2099-05-01", List.of(),
                        "absent-crate"),
                List.of("RUSTSEC-2099-0007", "mid-lib's load can loop forever", "vulnerability", "2099-07-01", List.of(),
                        "mid-lib")),
                rows("""
                        MATCH (a:Advisory)
                        RETURN a.id, a.title, a.kind, a.date, coalesce(a.aliases, []), a.package ORDER BY a.id"""));
        assertEquals(List.of(List.of("RUSTSEC-2099-0003", "2099-03-02")),
                rows("MATCH (a:Advisory) WHERE a.withdrawn IS NOT NULL RETURN a.id, a.withdrawn"));
        assertEquals(List.of(
                        List.of("RUSTSEC-2099-0001", "vuln-lib"), List.of("RUSTSEC-2099-0002", "vuln-lib"),
                        List.of("RUSTSEC-2099-0003", "vuln-lib"), List.of("RUSTSEC-2099-0004", "vuln-lib"),
                        List.of("RUSTSEC-2099-0007", "mid-lib")),
                rows("MATCH (a:Advisory)-[:CONCERNS]->(c:Crate) RETURN a.id, c.name ORDER BY a.id"));
        // patched 1.1.0 is not affected; the withdrawn advisory affects nothing; "no fix" affects every version
        assertEquals(List.of(
                        List.of("RUSTSEC-2099-0001", "vuln-lib@1.0.0"), List.of("RUSTSEC-2099-0002", "vuln-lib@1.0.0"),
                        List.of("RUSTSEC-2099-0004", "vuln-lib@1.0.0"), List.of("RUSTSEC-2099-0004", "vuln-lib@1.1.0"),
                        List.of("RUSTSEC-2099-0007", "mid-lib@0.1.0")),
                rows("MATCH (a:Advisory)-[:AFFECTS]->(v:Version) RETURN a.id, v.id ORDER BY a.id, v.id"));
        assertEquals(5L, report.affects());
    }

    @Test
    void namedPathsMatchFunctionsByTheirRules() throws IOException {
        ImportReport report = importFixture();
        assertEquals(List.of(
                        List.of("RUSTSEC-2099-0001", "vuln_lib::Parser::feed", "normalised", "< 1.1.0",
                                "vuln-lib@1.0.0#<vuln_lib::Parser>::feed"),
                        List.of("RUSTSEC-2099-0001", "vuln_lib::decode", "re-export", "< 1.1.0",
                                "vuln-lib@1.0.0#vuln_lib::inner::decode"),
                        List.of("RUSTSEC-2099-0001", "vuln_lib::decode", "exact", "< 1.1.0",
                                "vuln-lib@1.0.0/mir:vuln_lib::decode"),
                        List.of("RUSTSEC-2099-0001", "vuln_lib::parse", "exact", "< 1.1.0", "vuln-lib@1.0.0#vuln_lib::parse"),
                        List.of("RUSTSEC-2099-0001", "vuln_lib::parse_all", "normalised", ">= 0.9.0, < 1.1.0",
                                "app-generic@0.1.0/_Rvuln_lib::parse_all::<&str>"),
                        List.of("RUSTSEC-2099-0001", "vuln_lib::parse_all", "exact", ">= 0.9.0, < 1.1.0",
                                "vuln-lib@1.0.0/mir:vuln_lib::parse_all"),
                        List.of("RUSTSEC-2099-0002", "vuln_lib::Parser::sanitize", "trait-impl", "< 1.1.0",
                                "vuln-lib@1.0.0#<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize"),
                        List.of("RUSTSEC-2099-0007", "mid_lib::load", "exact", ">= 0.1.0", "mid-lib@0.1.0#mid_lib::load")),
                rows("""
                        MATCH (a:Advisory)-[n:NAMES]->(f:Function)
                        RETURN a.id, n.path, n.rule, n.requirement, f.id ORDER BY a.id, n.path, f.id"""));
        assertEquals(8L, report.names());
        assertEquals(3, report.advisoriesNaming());
        assertEquals(List.of(
                new Unmatched("RUSTSEC-2099-0005", "absent_crate::run", null, UnmatchedReason.CRATE_NOT_IN_GRAPH, null),
                new Unmatched("RUSTSEC-2099-0001", "vuln_lib::Parser", "vuln-lib@1.0.0", UnmatchedReason.NOT_A_FUNCTION,
                        "2 functions below it: vuln_lib::Parser::feed, vuln_lib::Parser::sanitize"),
                new Unmatched("RUSTSEC-2099-0001", "vuln_lib::reset", "vuln-lib@1.0.0", UnmatchedReason.AMBIGUOUS,
                        "2 functions end with it: vuln_lib::a::reset, vuln_lib::b::reset"),
                new Unmatched("RUSTSEC-2099-0001", "vuln_lib::missing", "vuln-lib@1.0.0", UnmatchedReason.NO_FUNCTION,
                        null)),
                report.unmatched());
    }

    @Test
    void versionsReachNamedFunctionsOfTheVersionsTheyResolved() throws IOException {
        ImportReport report = importFixture();
        // app-unused resolves the affected 1.0.0 but never calls a named function; app-patched calls parse of 1.1.0;
        // app-unused's call of version() is named only by the withdrawn advisory
        assertEquals(List.of(
                        List.of("app-generic@0.1.0", "RUSTSEC-2099-0001", 1L,
                                List.of("app_generic::count", "vuln_lib::parse_all::<&str>"),
                                List.of("app-generic", "vuln-lib"), "vuln_lib::parse_all", List.of("vuln_lib::parse_all"),
                                "vuln-lib@1.0.0"),
                        List.of("app-reexport@0.1.0", "RUSTSEC-2099-0001", 1L,
                                List.of("app_reexport::unpack", "vuln_lib::inner::decode"),
                                List.of("app-reexport", "vuln-lib"), "vuln_lib::decode", List.of("vuln_lib::decode"),
                                "vuln-lib@1.0.0"),
                        List.of("app-trait@0.1.0", "RUSTSEC-2099-0002", 1L,
                                List.of("app_trait::clean", "<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize"),
                                List.of("app-trait", "vuln-lib"), "vuln_lib::Parser::sanitize",
                                List.of("vuln_lib::Parser::sanitize"), "vuln-lib@1.0.0"),
                        List.of("app-two-hops@0.1.0", "RUSTSEC-2099-0001", 2L,
                                List.of("app_two_hops::run", "mid_lib::load", "vuln_lib::parse"),
                                List.of("app-two-hops", "mid-lib", "vuln-lib"), "vuln_lib::parse",
                                List.of("vuln_lib::parse"), "vuln-lib@1.0.0"),
                        List.of("app-two-hops@0.1.0", "RUSTSEC-2099-0007", 1L,
                                List.of("app_two_hops::run", "mid_lib::load"), List.of("app-two-hops", "mid-lib"),
                                "mid_lib::load", List.of("mid_lib::load"), "mid-lib@0.1.0"),
                        List.of("mid-lib@0.1.0", "RUSTSEC-2099-0001", 1L, List.of("mid_lib::load", "vuln_lib::parse"),
                                List.of("mid-lib", "vuln-lib"), "vuln_lib::parse", List.of("vuln_lib::parse"),
                                "vuln-lib@1.0.0")),
                rows("""
                        MATCH (v:Version)-[r:REACHES]->(a:Advisory)
                        RETURN v.id, a.id, r.length, r.path, r.crates, r.function, r.functions, r.via
                        ORDER BY v.id, a.id"""));
        // exposed: mid-lib and the five app-* crates on vuln-lib 1.0.0, to 0001 and 0002; app-two-hops to 0007
        assertEquals(13, report.reach().exposed());
        assertEquals(6, report.reach().reaches());
    }

    @Test
    void importingAgainChangesNothingAndANewerDatabaseReplacesTheOldFacts() throws IOException {
        importFixture();
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");
        importFixture();
        assertEquals(nodes, count("MATCH (n) RETURN count(n)"));
        assertEquals(relationships, count("MATCH ()-[r]->() RETURN count(r)"));
        assertEquals(List.of(List.of("complete", 6L, 5L, 8L, 4L, 6L)), rows("""
                MATCH (i:AdvisoryImport) RETURN i.state, i.advisories, i.affects, i.names, i.unmatched, i.reaches"""));

        // a newer database without 0001 and 0007: their advisories, NAMES and REACHES go
        AdvisoryDatabase full = AdvisoryDatabaseReader.read(FIXTURE_DB);
        List<Advisory> kept = full.advisories().stream()
                .filter(a -> !a.id().equals("RUSTSEC-2099-0001") && !a.id().equals("RUSTSEC-2099-0007")).toList();
        ImportReport report = new AdvisoryImporter(store).importDatabase(
                new AdvisoryDatabase(full.source(), kept, List.of(), kept.size()));
        assertEquals(List.of("RUSTSEC-2099-0002", "RUSTSEC-2099-0003", "RUSTSEC-2099-0004", "RUSTSEC-2099-0005"),
                rows("MATCH (a:Advisory) RETURN a.id ORDER BY a.id").stream().map(r -> r.get(0)).toList());
        assertEquals(List.of(List.of("app-trait@0.1.0", "RUSTSEC-2099-0002")),
                rows("MATCH (v:Version)-[:REACHES]->(a:Advisory) RETURN v.id, a.id"));
        assertEquals(1, count("MATCH (:Advisory)-[n:NAMES]->() RETURN count(n)"));
        assertEquals(1L, report.reach().reaches());
    }

    @Test
    void reachAloneCanBeComputedAgainAfterMoreCratesAreLoaded() throws IOException {
        store = TestGraphStores.clean();
        List<dev.easel.analyzer.model.CrateAnalysis> crates = AdvisoryAnalyses.all();
        // first without app-two-hops, then it is loaded and only reach is computed again
        AnalysisLoader.load(store, crates.stream().filter(a -> !a.name().equals("app-two-hops")).toList(),
                LoadOptions.defaults().withDetail(Detail.FULL));
        importFixture();
        assertEquals(0, count("MATCH (:Version {name: 'app-two-hops'})-[r:REACHES]->() RETURN count(r)"));
        AnalysisLoader.load(store, crates.stream().filter(a -> a.name().equals("app-two-hops")).toList(),
                LoadOptions.defaults().withDetail(Detail.FULL));
        ImportReport.Reach reach = new AdvisoryImporter(store).computeReach();
        assertEquals(6, reach.reaches());
        assertEquals(Map.of("RUSTSEC-2099-0001", 2L, "RUSTSEC-2099-0007", 1L),
                Map.ofEntries(rows("""
                        MATCH (:Version {name: 'app-two-hops'})-[r:REACHES]->(a:Advisory) RETURN a.id, r.length""")
                        .stream().map(r -> Map.entry((String) r.get(0), (Long) r.get(1))).toArray(Map.Entry[]::new)));
    }
}
