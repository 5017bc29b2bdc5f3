package dev.easel.queries;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.easel.queries.CannedQueriesTest.row;
import static dev.easel.queries.CannedQueriesTest.rows;
import static dev.easel.queries.CannedQueriesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The provenance and build-script queries against the fixture graph, row by row (see its last section). */
class ProvenanceQueriesTest {

    @BeforeAll
    static void loadFixture() {
        CannedQueriesTest.loadFixture();
    }

    @Test
    void buildScriptCensus() {
        // 9 latest analysed versions have a build script; native-tls's and curl's do nothing
        assertEquals(rows(
                row("native-compile", 5, 55.56, 1, 9),
                row("rerun-if", 4, 44.44, 4, 9),
                row("cfg", 3, 33.33, 3, 9),
                row("env-read", 3, 33.33, 0, 9),
                row("native-probe", 3, 33.33, 3, 9),
                row("process-spawn", 3, 33.33, 1, 9),
                row("bindgen", 2, 22.22, 0, 9),
                row("download", 2, 22.22, 0, 9),
                row("network", 2, 22.22, 1, 9),
                row("fs-read-outside", 1, 11.11, 0, 9),
                row("fs-write-elsewhere", 1, 11.11, 1, 9),
                row("fs-write-out-dir", 1, 11.11, 1, 9)), run("build-script-census").rows());
    }

    @Test
    void buildScriptsReachingOut() {
        assertEquals(rows(
                row("tensor-sys", "0.1.0", List.of("download", "fs-write-elsewhere", "network"),
                        List.of("fs-write-elsewhere", "network"),
                        List.of("bindgen", "download", "fs-write-elsewhere", "native-compile", "network")),
                row("curl-sys", "0.4.70", List.of("download", "network"), List.of(),
                        List.of("download", "native-compile", "native-probe", "network", "process-spawn"))),
                run("build-scripts-reaching-out").rows());
    }

    @Test
    void provenanceShares() {
        assertEquals(rows(
                row("versions", 13, 100.0, "versions"),
                row("with a repository", 9, 69.23, "versions"),
                row("without a repository", 4, 30.77, "versions"),
                row("with VCS info", 9, 69.23, "versions"),
                row("without VCS info", 4, 30.77, "versions"),
                row("packaged dirty", 2, 22.22, "with VCS info"),
                row("with Cargo.toml.orig", 8, 61.54, "versions"),
                row("checked against the repository", 12, 92.31, "versions"),
                row("match", 4, 33.33, "checked"),
                row("differs", 2, 16.67, "checked"),
                row("commit-missing", 1, 8.33, "checked"),
                row("no-vcs-info", 1, 8.33, "checked"),
                row("no-repository", 3, 25.0, "checked"),
                row("repository-unavailable", 1, 8.33, "checked")), run("provenance-shares").rows());
    }

    @Test
    void provenanceMismatches() {
        assertEquals(rows(
                row("openssl-sys", "0.9.100", "differs", "https://github.com/sfackler/rust-openssl",
                        "4444444444444444444444444444444444444444", 2, List.of("build/main.rs", "debian/patches/series")),
                row("hashlib-capi", "1.0.0", "differs", "https://github.com/hashlib/hashlib-capi",
                        "8888888888888888888888888888888888888888", 1, List.of("src/lib.rs")),
                row("openssl", "0.10.60", "commit-missing", "https://github.com/sfackler/rust-openssl",
                        "5555555555555555555555555555555555555555", 0, List.of())), run("provenance-mismatches").rows());
    }
}
