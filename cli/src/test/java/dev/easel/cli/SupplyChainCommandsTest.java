package dev.easel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** index import with owners and recent downloads, then typosquat, on testdata/dumps/supply-chain. */
class SupplyChainCommandsTest {

    static final Path TESTDATA = Path.of("../testdata").toAbsolutePath().normalize();
    static final Path DUMP = TESTDATA.resolve("dumps/supply-chain/2025-03-01-020001");

    @Test
    void importWithOwnersAndRecentDownloadsThenTyposquat(@TempDir Path tmp) {
        String db = tmp.resolve("db").toString();
        EaselRun imported = EaselRun.of("index", "import", "--db-dump", DUMP.toString(),
                "--version-downloads", TESTDATA.resolve("version-downloads").toString(),
                "--downloads-since", "2025-02-28", "--downloads-until", "2025-03-01", "--data-dir", db);
        assertEquals(ExitCode.SOME_FAILED.code(), imported.exitCode(), imported.err());
        assertTrue(imported.err().contains("users.csv:12: index: row skipped: empty gh_login"), imported.err());
        assertTrue(imported.err().contains("2025-02-30.csv: index: file name is not a date, file skipped"));
        assertTrue(imported.err().contains("recent downloads over 2025-02-28 to 2025-03-01: 2 days with data "
                + "(2025-02-28 to 2025-03-01), 6 rows from 2 files, 4 versions"), imported.err());
        assertTrue(imported.err().contains("imported 21 crates, 22 versions, 3 dependencies (21 latest), 24 owners, "
                + "21 crate download counts"), imported.err());

        EaselRun squat = EaselRun.of("typosquat", "--top", "9", "--data-dir", db);
        assertEquals(ExitCode.OK.code(), squat.exitCode(), squat.err());
        assertTrue(squat.out().startsWith("names checked: 21 against 9 popular crates (checks: bitflip,omitted,"
                + "repeated,swapped-characters,swapped-words,typo,version-suffix,affix)\ncandidates generated: "),
                squat.out());
        assertTrue(squat.out().contains("suspects: 9 crates, 9 MAY_SQUAT relationships (0 from the last run replaced)"),
                squat.out());

        EaselRun listed = EaselRun.of("query", "possible-typosquats", "--data-dir", db);
        assertEquals(ExitCode.OK.code(), listed.exitCode(), listed.err());
        assertTrue(listed.out().contains("rqnd"), listed.out());
    }

    @Test
    void badOptionsStopBeforeAnyWork(@TempDir Path tmp) throws Exception {
        String db = tmp.resolve("db").toString();
        EaselRun checks = EaselRun.of("typosquat", "--checks", "bitflips", "--data-dir", db);
        assertEquals(ExitCode.USAGE.code(), checks.exitCode());
        assertTrue(checks.err().contains("unknown check 'bitflips'"), checks.err());
        EaselRun window = EaselRun.of("index", "import", "--db-dump", DUMP.toString(), "--downloads-since",
                "2025-01-01", "--data-dir", db);
        assertEquals(ExitCode.USAGE.code(), window.exitCode());
        assertTrue(window.err().contains("need --version-downloads"), window.err());
        Path corpus = Files.writeString(tmp.resolve("corpus.txt"), "serde\n");
        EaselRun both = EaselRun.of("typosquat", "--corpus", tmp.resolve("missing.txt").toString(), "--data-dir", db);
        assertEquals(ExitCode.USAGE.code(), both.exitCode());
        assertTrue(Files.exists(corpus));
        assertFalse(Files.exists(tmp.resolve("db")), "nothing started");
    }
}
