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
 * Crate-level calls join the callee's package, not its library name, on real crates: Debian's plist 1.3.1 (package
 * librust-plist-dev, in .ci/packages.txt) calls into xml-rs, whose library is named {@code xml}. On the whole-Debian
 * run before this was fixed, plist "invoked" a crate {@code xml} that has no version.
 */
@Tag("cargo")
class DebianInvokesTest {

    static final Path REGISTRY = DebianRegistry.root();
    static final Path PLIST = REGISTRY.resolve("plist-1.3.1");

    @TempDir
    Path tmp;

    @Test
    void plistInvokesTheXmlRsPackage() {
        assumeTrue(Files.isDirectory(PLIST), PLIST + " is not installed (Debian package librust-plist-dev, listed in "
                + ".ci/packages.txt): skipping");
        Path db = tmp.resolve("db");
        EaselRun ingest = EaselRun.of("ingest", PLIST.toString(), "--registry-dir", REGISTRY.toString(),
                "--data-dir", db.toString(), "--work-dir", tmp.resolve("work").toString(), "--no-cache",
                "--no-summary");
        assertEquals(0, ingest.exitCode(), ingest.err());
        try (GraphStore store = GraphStore.open(new ConnectionSettings(null, null, null, null, db, 0));
             Session s = store.session()) {
            List<String> invoked = s.run("""
                    MATCH (:Version {id: 'plist@1.3.1'})-[:INVOKES]->(c:Crate) RETURN c.name AS name ORDER BY name""")
                    .list(r -> r.get("name").asString());
            assertTrue(invoked.contains("xml-rs"), "plist calls into xml-rs: " + invoked);
            assertTrue(!invoked.contains("xml") && !invoked.contains("plist"), "no library name, not itself: " + invoked);
            assertEquals(List.of(), s.run("""
                    MATCH (:Version)-[:INVOKES]->(c:Crate) WHERE NOT (c)<-[:VERSION_OF]-(:Version)
                    RETURN c.name AS name""").list(r -> r.get("name").asString()), "invoked crates without a version");
        }
    }
}
