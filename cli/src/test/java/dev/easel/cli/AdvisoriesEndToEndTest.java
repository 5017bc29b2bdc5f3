package dev.easel.cli;

import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fixture crates of testdata/advisory-crates built with cargo, analysed and loaded by {@code easel ingest}, then
 * the fixture advisory database (testdata/advisory-db) imported by {@code easel advisories import}: every advisory
 * fact read back from the embedded Neo4j, row by row.
 */
@Tag("cargo")
class AdvisoriesEndToEndTest {

    static final Path CRATES = Path.of("..", "testdata", "advisory-crates").toAbsolutePath().normalize();
    static final Path ADVISORIES = Path.of("..", "testdata", "advisory-db").toAbsolutePath().normalize();

    @TempDir
    static Path tmp;
    static EaselRun ingest;
    static EaselRun imported;

    @BeforeAll
    static void ingestAndImport() {
        ingest = EaselRun.of("ingest", CRATES.toString(), "--data-dir", tmp.resolve("db").toString(),
                "--work-dir", tmp.resolve("work").toString(), "--no-cache", "--detail", "full", "--no-summary");
        imported = EaselRun.of("advisories", "import", ADVISORIES.toString(), "--data-dir", tmp.resolve("db").toString(),
                "--unmatched", tmp.resolve("out/unmatched.tsv").toString());
    }

    private static List<List<Object>> rows(String cypher) {
        try (GraphStore store = GraphStore.open(new ConnectionSettings(null, null, null, null, tmp.resolve("db"), 0));
             Session s = store.session()) {
            return s.run(cypher).list(r -> r.values().stream().map(v -> v.asObject()).toList());
        }
    }

    @Test
    void theImportReportsItsProblemsCountsAndUnmatchedPaths() throws Exception {
        assertEquals(0, ingest.exitCode(), ingest.err());
        assertEquals(ExitCode.SOME_FAILED.code(), imported.exitCode(), imported.err());
        assertTrue(imported.err().contains(
                "crates/vuln-lib/RUSTSEC-2099-0006.md:7: advisory: malformed TOML: Unexpected end of line, expected ], "
                        + "a comma, or a newline; skipped"), imported.err());
        assertTrue(imported.err().contains(
                "crates/mid-lib/RUSTSEC-2099-0007.md:6: advisory: unknown field 'severity' in [advisory] (ignored)"));
        assertTrue(imported.err().contains("crates/mid-lib/RUSTSEC-2099-0008.md:9: advisory: [versions] unaffected: "
                + "invalid version requirement '< 0.1.O'"));
        String out = imported.out();
        assertTrue(out.contains("advisory files                                   8 (4 problems, 2 skipped)\n"), out);
        assertTrue(out.contains("advisories imported                              6 (1 withdrawn)\n"), out);
        assertTrue(out.contains("AFFECTS (advisory → version)                     5\n"), out);
        assertTrue(out.contains("NAMES (advisory → function)                      8 from 3 advisories\n"), out);
        assertTrue(out.contains("named paths matching nothing                     4\n"), out);
        assertTrue(out.contains("versions exposed (resolved an affected version)  13\n"), out);
        assertTrue(out.contains("REACHES (version → advisory)                     6\n"), out);
        assertTrue(out.contains("  RUSTSEC-2099-0001 vuln_lib::reset in vuln-lib@1.0.0: ambiguous (2 functions end with "
                + "it: vuln_lib::a::reset, vuln_lib::b::reset)\n"), out);
        assertEquals(List.of("advisory\tpath\tversion\treason\tdetail",
                        "RUSTSEC-2099-0005\tabsent_crate::run\t\tcrate not in the graph\t",
                        "RUSTSEC-2099-0001\tvuln_lib::Parser\tvuln-lib@1.0.0\tnames a type, trait, module or macro\t"
                                + "2 functions below it: vuln_lib::Parser::feed, vuln_lib::Parser::sanitize",
                        "RUSTSEC-2099-0001\tvuln_lib::reset\tvuln-lib@1.0.0\tambiguous\t2 functions end with it: "
                                + "vuln_lib::a::reset, vuln_lib::b::reset",
                        "RUSTSEC-2099-0001\tvuln_lib::missing\tvuln-lib@1.0.0\tno function with that path\t"),
                Files.readAllLines(tmp.resolve("out/unmatched.tsv")));
    }

    @Test
    void namesMatchTheBuiltFunctions() {
        // the copy of the generic parse_all compiled into app-generic has a real v0 symbol: its id is checked apart
        List<List<Object>> names = rows("""
                MATCH (a:Advisory)-[n:NAMES]->(f:Function)
                RETURN a.id, n.path, n.rule, f.id, f.owner ORDER BY a.id, n.path, f.id""");
        assertEquals(8, names.size());
        assertEquals(List.of(
                        List.of("RUSTSEC-2099-0001", "vuln_lib::Parser::feed", "normalised",
                                "vuln-lib@1.0.0#<vuln_lib::Parser>::feed", "vuln-lib@1.0.0"),
                        List.of("RUSTSEC-2099-0001", "vuln_lib::decode", "re-export", "vuln-lib@1.0.0#vuln_lib::inner::decode",
                                "vuln-lib@1.0.0"),
                        List.of("RUSTSEC-2099-0001", "vuln_lib::decode", "exact", "vuln-lib@1.0.0/mir:vuln_lib::decode",
                                "vuln-lib@1.0.0"),
                        List.of("RUSTSEC-2099-0001", "vuln_lib::parse", "exact", "vuln-lib@1.0.0#vuln_lib::parse",
                                "vuln-lib@1.0.0")),
                names.subList(0, 4));
        assertEquals(List.of("RUSTSEC-2099-0001", "vuln_lib::parse_all", "normalised", "app-generic@0.1.0"),
                List.of(names.get(4).get(0), names.get(4).get(1), names.get(4).get(2), names.get(4).get(4)));
        assertTrue(((String) names.get(4).get(3)).startsWith("app-generic@0.1.0/_R"), names.get(4).toString());
        assertEquals(List.of(
                        List.of("RUSTSEC-2099-0001", "vuln_lib::parse_all", "exact", "vuln-lib@1.0.0/mir:vuln_lib::parse_all",
                                "vuln-lib@1.0.0"),
                        List.of("RUSTSEC-2099-0002", "vuln_lib::Parser::sanitize", "trait-impl",
                                "vuln-lib@1.0.0#<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize", "vuln-lib@1.0.0"),
                        List.of("RUSTSEC-2099-0007", "mid_lib::load", "exact", "mid-lib@0.1.0#mid_lib::load", "mid-lib@0.1.0")),
                names.subList(5, 8));
        assertEquals(List.of(
                        List.of("RUSTSEC-2099-0001", "vuln-lib@1.0.0"), List.of("RUSTSEC-2099-0002", "vuln-lib@1.0.0"),
                        List.of("RUSTSEC-2099-0004", "vuln-lib@1.0.0"), List.of("RUSTSEC-2099-0004", "vuln-lib@1.1.0"),
                        List.of("RUSTSEC-2099-0007", "mid-lib@0.1.0")),
                rows("MATCH (a:Advisory)-[:AFFECTS]->(v:Version) RETURN a.id, v.id ORDER BY a.id, v.id"));
    }

    @Test
    void reachOverTheRealCallGraph() {
        // two hops for app-two-hops; app-unused and app-patched reach nothing; the withdrawn advisory reaches nothing
        assertEquals(List.of(
                        List.of("app-generic@0.1.0", "RUSTSEC-2099-0001", 1L, List.of("app-generic", "vuln-lib"),
                                "vuln_lib::parse_all", "app_generic::count"),
                        List.of("app-reexport@0.1.0", "RUSTSEC-2099-0001", 1L, List.of("app-reexport", "vuln-lib"),
                                "vuln_lib::decode", "app_reexport::unpack"),
                        List.of("app-trait@0.1.0", "RUSTSEC-2099-0002", 1L, List.of("app-trait", "vuln-lib"),
                                "vuln_lib::Parser::sanitize", "app_trait::clean"),
                        List.of("app-two-hops@0.1.0", "RUSTSEC-2099-0001", 2L, List.of("app-two-hops", "mid-lib", "vuln-lib"),
                                "vuln_lib::parse", "app_two_hops::run"),
                        List.of("app-two-hops@0.1.0", "RUSTSEC-2099-0007", 1L, List.of("app-two-hops", "mid-lib"),
                                "mid_lib::load", "app_two_hops::run"),
                        List.of("mid-lib@0.1.0", "RUSTSEC-2099-0001", 1L, List.of("mid-lib", "vuln-lib"),
                                "vuln_lib::parse", "mid_lib::load")),
                rows("""
                        MATCH (v:Version)-[r:REACHES]->(a:Advisory)
                        RETURN v.id, a.id, r.length, r.crates, r.function, r.path[0] ORDER BY v.id, a.id"""));
        assertEquals(List.of(List.of("app_two_hops::run", "mid_lib::load", "vuln_lib::parse")),
                rows("MATCH (:Version {name: 'app-two-hops'})-[r:REACHES]->(:Advisory {id: 'RUSTSEC-2099-0001'}) RETURN r.path")
                        .stream().map(r -> r.get(0)).toList());
        assertEquals(List.of(List.of("app_trait::clean", "<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize")),
                rows("MATCH (:Version {name: 'app-trait'})-[r:REACHES]->() RETURN r.path").stream().map(r -> r.get(0)).toList());

        EaselRun query = EaselRun.of("query", "vulnerable-reach", "-P", "crate=app-two-hops", "-f", "csv",
                "--data-dir", tmp.resolve("db").toString());
        assertEquals(0, query.exitCode(), query.err());
        assertTrue(query.out().contains("app-two-hops,0.1.0,RUSTSEC-2099-0001,vulnerability,vuln-lib@1.0.0,vuln_lib::parse,2"),
                query.out());
    }

    @Test
    void aMissingPathIsAUsageError() {
        EaselRun run = EaselRun.of("advisories", "import", tmp.resolve("nowhere").toString(),
                "--data-dir", tmp.resolve("db-unused").toString());
        assertEquals(ExitCode.USAGE.code(), run.exitCode());
        assertTrue(run.err().contains("no such file or folder"), run.err());
    }
}
