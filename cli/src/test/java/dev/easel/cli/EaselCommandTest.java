package dev.easel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EaselCommandTest {

    @Test
    void helpListsExitCodesFromTheEnum() {
        EaselRun run = EaselRun.of("--help");
        assertEquals(0, run.exitCode());
        for (ExitCode code : ExitCode.values()) {
            assertTrue(run.out().contains(code.code() + "   " + code.meaning()), run.out());
        }
        assertTrue(run.out().contains("NEO4J_URI"));
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        EaselRun run = EaselRun.of("no-such-command");
        assertEquals(ExitCode.USAGE.code(), run.exitCode());
        assertTrue(run.err().contains("no-such-command"), run.err());
    }

    @Test
    void unreachableServerExitsThreeWithOneLine() {
        EaselRun run = EaselRun.of("db", "status", "-a", "bolt://127.0.0.1:1", "-u", "neo4j", "-p", "x");
        assertEquals(ExitCode.DATABASE_UNAVAILABLE.code(), run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("easel: cannot reach Neo4j at bolt://127.0.0.1:1"), run.err());
    }

    @Test
    void statusOnAFreshEmbeddedFolderCountsNothingAndResetDeletesIt(@TempDir Path tmp) {
        Path dir = tmp.resolve("db");
        EaselRun status = EaselRun.of("db", "status", "--data-dir", dir.toString());
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().contains("crates: 0"), status.out());
        assertTrue(Files.exists(dir.resolve("easel.lock")));

        EaselRun refused = EaselRun.of("db", "reset", "--data-dir", dir.toString());
        assertEquals(ExitCode.USAGE.code(), refused.exitCode(), "no console, no --yes: must refuse");
        assertTrue(Files.exists(dir));

        EaselRun reset = EaselRun.of("db", "reset", "--yes", "--data-dir", dir.toString());
        assertEquals(0, reset.exitCode(), reset.err());
        assertFalse(Files.exists(dir));
    }
}
