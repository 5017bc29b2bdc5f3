package dev.easel.analyzer.fetch;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.easel.analyzer.fuzzing.ProblemChecks;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link IndexFile#parse} (docs/fuzzing.md), the reader of a crate's registry index file that fetching
 * trusts for checksums: whatever the bytes, it returns; every skipped line is a problem naming the file and its line;
 * every entry it keeps is of the crate asked for, with a semantic version and a lower-case SHA-256. Seeds: index lines
 * in cargo's format for the fixture crates' {@code .crate} archives.
 */
class IndexFileFuzzTest {
    private static final String CRATE = "base-lib";
    private static final String SOURCE = "http://127.0.0.1:1/index/ba/se/base-lib";

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void indexFile(byte[] input) {
        IndexFile file = IndexFile.parse(input, CRATE, SOURCE);
        long lines = new String(input, StandardCharsets.UTF_8).split("\n", -1).length;
        ProblemChecks.assertLocated(file.problems(), Set.of(SOURCE), lines);
        file.problems().forEach(p -> assertTrue(p.line() >= 1, () -> "a skipped line has a number: " + p));
        for (IndexEntry e : file.entries()) {
            assertTrue(e.name().equalsIgnoreCase(CRATE), () -> "entry of another crate: " + e);
            assertNotNull(e.semver(), () -> "entry without a semantic version: " + e);
            assertTrue(e.cksum().matches("[0-9a-f]{64}"), () -> "checksum not lower-case SHA-256: " + e);
        }
    }
}
