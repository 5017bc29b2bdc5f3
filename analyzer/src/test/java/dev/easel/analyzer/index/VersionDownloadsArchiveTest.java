package dev.easel.analyzer.index;

import dev.easel.analyzer.model.Problem;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** testdata/version-downloads (facts in its README) and the dump's own version_downloads.csv. */
class VersionDownloadsArchiveTest {

    static final Path ARCHIVE = DbDumpOwnersTest.ARCHIVE;

    @Test
    void sumsPerVersionOverTheWindowAndSkipsFilesOutsideIt() throws IOException {
        List<Problem> problems = new ArrayList<>();
        DownloadWindow window = new DownloadWindow(LocalDate.parse("2025-02-28"), LocalDate.parse("2025-03-01"));
        RecentDownloads r = VersionDownloadsArchive.read(ARCHIVE, window, problems::add);
        assertEquals(500, r.of(1001));
        assertEquals(50, r.of(1002));
        assertEquals(5, r.of(1020));
        assertEquals(5, r.of(1021));
        assertEquals(0, r.of(1000), "only on 2025-02-27, outside the window");
        assertEquals(0, r.of(424242));
        assertEquals(new RecentDownloads.Coverage(window, LocalDate.parse("2025-02-28"), LocalDate.parse("2025-03-01"),
                2, 2, 6, 4, 3), r.coverage());
        assertEquals(List.of(
                new Problem(Problem.Stage.INDEX, ARCHIVE.resolve("2025-02-28.csv").toString(), 5,
                        "row skipped: For input string: \"abc\""),
                new Problem(Problem.Stage.INDEX, ARCHIVE.resolve("2025-02-30.csv").toString(), 0,
                        "file name is not a date, file skipped"),
                new Problem(Problem.Stage.INDEX, ARCHIVE.resolve("2025-03-01.csv").toString(), 5,
                        "row skipped: negative downloads: -4")), problems);
    }

    @Test
    void everyDayWhenTheWindowIsOpen() throws IOException {
        RecentDownloads r = VersionDownloadsArchive.read(ARCHIVE, DownloadWindow.ALL, p -> { });
        assertEquals(100, r.of(1000));
        assertEquals(500, r.of(1001));
        assertEquals(6, r.of(1020));
        assertEquals(3, r.coverage().days());
        assertEquals(3, r.coverage().files());
        assertEquals(LocalDate.parse("2025-02-27"), r.coverage().first());
    }

    @Test
    void gzippedDaysAndTheDumpsOwnTableWithADateColumn(@TempDir Path tmp) throws IOException {
        try (OutputStream o = new GzipCompressorOutputStream(Files.newOutputStream(tmp.resolve("2025-02-28.csv.gz")))) {
            Files.copy(ARCHIVE.resolve("2025-02-28.csv"), o);
        }
        Files.copy(DbDumpOwnersTest.DUMP.resolve("data/version_downloads.csv"), tmp.resolve("version_downloads.csv"));
        Files.writeString(tmp.resolve("crates.csv"), "not,a,day\n"); // other files in the folder are ignored
        List<Problem> problems = new ArrayList<>();
        RecentDownloads r = VersionDownloadsArchive.read(tmp,
                new DownloadWindow(LocalDate.parse("2025-03-01"), null), problems::add);
        // the .gz day is before the window; the dump's table has one row on 2025-02-28 and two on 2025-03-01
        assertEquals(3, r.of(1020));
        assertEquals(40, r.of(1001));
        assertEquals(1, r.coverage().days());
        assertEquals(1, r.coverage().files());
        assertEquals(List.of(), problems);
        RecentDownloads all = VersionDownloadsArchive.read(tmp, DownloadWindow.ALL, problems::add);
        assertEquals(2 + 7 + 3, all.of(1020));
        assertEquals(200 + 40, all.of(1001));
        assertEquals(2, all.coverage().days());
        assertEquals(1, problems.size(), problems.toString()); // the .gz copy of 2025-02-28 has its bad row too
    }

    @Test
    void aFileWithoutTheColumnsIsOneProblem(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("2025-01-01.csv"), "id,count\n1,2\n");
        List<Problem> problems = new ArrayList<>();
        RecentDownloads r = VersionDownloadsArchive.read(tmp, DownloadWindow.ALL, problems::add);
        assertEquals(0, r.coverage().rows());
        assertEquals(List.of(new Problem(Problem.Stage.INDEX, tmp.resolve("2025-01-01.csv").toString(), 1,
                "needs the columns version_id, downloads; file skipped; header: [id, count]")), problems);
        assertThrows(IllegalArgumentException.class,
                () -> new DownloadWindow(LocalDate.parse("2025-02-01"), LocalDate.parse("2025-01-01")));
    }

    @Test
    void sumsGrowPastTheirFirstTable() {
        IntLongSums sums = new IntLongSums();
        for (int id = 0; id < 200_000; id++) {
            sums.add(id * 7, id);
            sums.add(id * 7, 1);
        }
        assertEquals(200_000, sums.size());
        assertEquals(12_346, sums.get(12_345 * 7));
        assertEquals(0, sums.get(12_345 * 7 + 1));
    }
}
