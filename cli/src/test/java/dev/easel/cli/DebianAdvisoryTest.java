package dev.easel.cli;

import dev.easel.analyzer.testdata.DebianRegistry;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real advisory against a real crate: RUSTSEC-2024-0006 (testdata/advisory-db-real) names {@code shlex::quote} and
 * {@code shlex::join}, vulnerable before 1.2.1, and {@code shlex::bytes::*}, which 1.1.0 does not have yet. Debian's
 * shlex 1.1.0 (package librust-shlex-dev) defines the first two (src/lib.rs lines 161 and 187). Built from the
 * registry, with testdata/advisory-debian/uses-shlex calling both.
 */
@Tag("cargo")
class DebianAdvisoryTest {

    static final Path REGISTRY = DebianRegistry.root();
    static final Path SHLEX = REGISTRY.resolve("shlex-1.1.0");

    @TempDir
    Path tmp;

    @Test
    void shlexQuoteAndJoinAreNamedAndReached() {
        assumeTrue(Files.isDirectory(SHLEX), SHLEX + " is not installed (Debian package librust-shlex-dev, listed in "
                + ".ci/packages.txt): skipping the real-advisory test");
        Path uses = Path.of("..", "testdata", "advisory-debian", "uses-shlex").toAbsolutePath().normalize();
        Path db = tmp.resolve("db");
        EaselRun ingest = EaselRun.of("ingest", SHLEX.toString(), uses.toString(), "--registry-dir", REGISTRY.toString(),
                "--data-dir", db.toString(), "--work-dir", tmp.resolve("work").toString(), "--no-cache",
                "--detail", "full", "--no-summary");
        assertEquals(0, ingest.exitCode(), ingest.err());
        EaselRun imported = EaselRun.of("advisories", "import",
                Path.of("..", "testdata", "advisory-db-real").toAbsolutePath().normalize().toString(),
                "--data-dir", db.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains("  RUSTSEC-2024-0006 shlex::bytes::quote in shlex@1.1.0: no function with "
                + "that path\n"), imported.out());
        assertTrue(imported.out().contains("  RUSTSEC-2024-0006 shlex::bytes::join in shlex@1.1.0: no function with "
                + "that path\n"), imported.out());

        try (GraphStore store = GraphStore.open(new ConnectionSettings(null, null, null, null, db, 0));
             Session s = store.session()) {
            assertEquals(List.of(List.of("RUSTSEC-2024-0006", "shlex@1.1.0")), s.run(
                    "MATCH (a:Advisory)-[:AFFECTS]->(v:Version) RETURN a.id, v.id").list(r -> List.of(
                    r.get(0).asString(), r.get(1).asString())));
            // quote is defined by shlex itself; join is generic: MIR's node in shlex, the copy compiled into uses-shlex
            assertEquals(List.of(
                            List.of("shlex::join", "exact", "shlex@1.1.0/mir:shlex::join"),
                            List.of("shlex::join", "normalised", "uses-shlex@0.1.0"),
                            List.of("shlex::quote", "exact", "shlex@1.1.0#shlex::quote")),
                    s.run("""
                            MATCH (:Advisory {id: 'RUSTSEC-2024-0006'})-[n:NAMES]->(f:Function)
                            RETURN n.path AS p, n.rule AS r,
                                   CASE WHEN f.owner = 'uses-shlex@0.1.0' THEN f.owner ELSE f.id END AS f
                            ORDER BY p, r""").list(r -> List.of(r.get(0).asString(), r.get(1).asString(),
                            r.get(2).asString())));
            // one_argument -> quoted -> shlex::quote is two calls; command_line -> join's copy is one
            assertEquals(List.of(List.of("uses-shlex@0.1.0", 1L, List.of("uses-shlex", "shlex"), "shlex::join",
                            List.of("shlex::join", "shlex::quote"))),
                    s.run("""
                            MATCH (v:Version)-[r:REACHES]->(:Advisory {id: 'RUSTSEC-2024-0006'})
                            RETURN v.id, r.length, r.crates, r.function, r.functions""")
                            .list(r -> r.values().stream().map(v -> v.asObject()).toList()));
        }
    }
}
