package dev.easel.analyzer.index;

import dev.easel.analyzer.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Owners, teams and download counts from testdata/dumps/supply-chain (facts in its README). */
class DbDumpOwnersTest {

    static final Path DUMP = DbDumpReaderTest.DUMPS.resolve("supply-chain/2025-03-01-020001");
    static final Path ARCHIVE = DbDumpReaderTest.DUMPS.resolveSibling("version-downloads");
    static final List<String> TABLES = List.of("crates", "users", "teams", "crate_downloads", "crate_owners",
            "versions", "dependencies");

    static IndexOwner user(String crate, String login, String name) {
        return new IndexOwner(crate, IndexOwner.Kind.USER, login, name);
    }

    static IndexOwner team(String crate, String login, String name) {
        return new IndexOwner(crate, IndexOwner.Kind.TEAM, login, name);
    }

    static final List<IndexOwner> OWNERS = List.of(
            user("serde", "dtolnay", "David Tolnay"),
            user("serde_json", "dtolnay", "David Tolnay"),
            user("tokio", "carllerche", "Carl Lerche"),
            team("tokio", "github:tokio-rs:core", "Core"),
            user("rand", "newpavlov", null),
            user("reqwest", "seanmonstar", "Sean McArthur"),
            user("regex", "BurntSushi", "Andrew Gallant"),
            team("regex", "github:rust-lang:libs", "libs"),
            user("clap", "kbknapp", "Kevin K."),
            user("openssl", "sfackler", "Steven Fackler"),
            user("futures-util", "cramertj", "Taylor Cramer"),
            user("tocio", "mallory", null),
            user("reqest", "mallory", null),
            user("claap", "mallory", null),
            user("regxe", "mallory", null),
            user("util-futures", "mallory", null),
            user("openssi", "mallory", null),
            user("rand2", "mallory", null),
            user("serde-rs", "mallory", null),
            user("rqnd", "mallory", null),
            user("serdee", "dtolnay", "David Tolnay"),
            user("tokio-rs", "alice", "Alice"),
            team("tokio-rs", "github:tokio-rs:core", "Core"),
            user("quantum", "alice", "Alice"));

    static List<Problem> badRows(String prefix) {
        return List.of(
                new Problem(Problem.Stage.INDEX, prefix + "data/users.csv", 12, "row skipped: empty gh_login"),
                new Problem(Problem.Stage.INDEX, prefix + "data/crate_downloads.csv", 23, "row skipped: unknown crate_id 998"),
                new Problem(Problem.Stage.INDEX, prefix + "data/crate_owners.csv", 26, "row skipped: unknown crate_id 999"),
                new Problem(Problem.Stage.INDEX, prefix + "data/crate_owners.csv", 27, "row skipped: unknown user id 555"),
                new Problem(Problem.Stage.INDEX, prefix + "data/crate_owners.csv", 28, "row skipped: unknown owner_kind 7"),
                new Problem(Problem.Stage.INDEX, prefix + "data/crate_owners.csv", 29, "row skipped: unknown user id 110"));
    }

    @Test
    void ownersTeamsAndDownloadsFromTheFolder() throws IOException {
        CollectingSink s = new CollectingSink();
        DbDumpReader.Stats stats = DbDumpReader.read(DUMP, s);
        assertEquals(OWNERS, s.owners);
        assertEquals("team:github:tokio-rs:core", s.owners.get(3).id());
        assertEquals("user:dtolnay", s.owners.get(0).id());
        Map<String, Long> crateDownloads = s.crateDownloads.stream()
                .collect(Collectors.toMap(IndexCrateDownloads::crate, IndexCrateDownloads::downloads));
        assertEquals(21, crateDownloads.size());
        assertEquals(9000L, crateDownloads.get("serde"));
        assertEquals(10L, crateDownloads.get("tocio"));
        assertNull(s.crates.get(0).downloads(), "crates.csv of this format has no downloads column");
        assertEquals(4000L, s.versions.get(0).downloads());
        assertEquals(5000L, s.versions.get(1).downloads());
        assertNull(s.versions.get(0).recentDownloads(), "no archive read");
        // users.csv's unknown future_column is ignored; bad rows are reported with table and line
        assertEquals(badRows(DUMP + "/"), s.problems);
        assertEquals(new DbDumpReader.Stats(21, 22, 3, 24, 6, List.of(), List.of()), stats);
    }

    @Test
    void ownersBeforeTheirReferencesInATarAreSpilledAndReadTheSame(@TempDir Path tmp) throws IOException {
        List<List<String>> orders = List.of(
                TABLES,
                List.of("crate_owners", "crate_downloads", "users", "versions", "dependencies", "teams", "crates"),
                List.of("dependencies", "versions", "crate_owners", "teams", "crates", "crate_downloads", "users"));
        for (List<String> order : orders) {
            Path dump = tar(tmp.resolve(String.join("-", order) + ".tar.gz"), order);
            CollectingSink s = new CollectingSink();
            DbDumpReader.Stats stats = DbDumpReader.read(dump, s, tmp.resolve("spill"));
            assertEquals(OWNERS, s.owners, order.toString());
            assertEquals(21, s.crateDownloads.size());
            assertEquals(22, s.versions.size());
            assertEquals(3, s.dependencies.size());
            assertEquals(java.util.Set.copyOf(badRows(dump + "!2025-03-01-020001/")), java.util.Set.copyOf(s.problems),
                    order.toString()); // reported in the order the tables were read
            assertEquals(List.of(), stats.notices());
            try (Stream<Path> left = Files.list(tmp.resolve("spill"))) {
                assertEquals(0, left.count(), "spill files removed");
            } catch (java.nio.file.NoSuchFileException e) {
                assertEquals(List.of(), stats.spilled());
            }
        }
        Path last = tmp.resolve(String.join("-", orders.get(2)) + ".tar.gz");
        assertEquals(List.of("dependencies", "versions", "crate_owners"),
                DbDumpReader.read(last, new CollectingSink(), tmp.resolve("spill")).spilled());
    }

    @Test
    void ownersWithoutTheUsersTableAreOneProblemAndTheRestIsRead(@TempDir Path tmp) throws IOException {
        Path dump = tar(tmp.resolve("no-users.tar.gz"),
                List.of("crate_owners", "crates", "teams", "crate_downloads", "versions", "dependencies"));
        CollectingSink s = new CollectingSink();
        DbDumpReader.Stats stats = DbDumpReader.read(dump, s, tmp.resolve("spill"));
        assertEquals(List.of(), s.owners);
        assertEquals(22, s.versions.size());
        assertEquals(List.of(
                new Problem(Problem.Stage.INDEX, dump + "!2025-03-01-020001/data/crate_downloads.csv", 23,
                        "row skipped: unknown crate_id 998"),
                new Problem(Problem.Stage.INDEX, dump + "!2025-03-01-020001/data/crate_owners.csv", 0,
                        "not read: the dump has no users.csv")), s.problems);
        assertEquals(List.of(), stats.notices(), "crate_owners.csv is there: a problem, not a notice");
        try (Stream<Path> left = Files.list(tmp.resolve("spill"))) {
            assertEquals(0, left.count(), "the unread spill is removed too");
        }
    }

    @Test
    void tablesWaitingForAMissingTableSayWhy(@TempDir Path tmp) throws IOException {
        Path dump = tar(tmp.resolve("no-crates.tar.gz"), List.of("dependencies", "versions", "users", "teams"));
        CollectingSink s = new CollectingSink();
        DbDumpReader.read(dump, s, tmp.resolve("spill"));
        String prefix = dump + "!2025-03-01-020001/data/";
        assertEquals(java.util.Set.of(
                new Problem(Problem.Stage.INDEX, prefix + "users.csv", 12, "row skipped: empty gh_login"),
                new Problem(Problem.Stage.INDEX, prefix + "versions.csv", 0, "not read: the dump has no crates.csv"),
                new Problem(Problem.Stage.INDEX, prefix + "dependencies.csv", 0, "not read: versions.csv was not read either"),
                new Problem(Problem.Stage.INDEX, dump.toString(), 0, "dump has no data/crates.csv")), java.util.Set.copyOf(s.problems));
        assertEquals(4, s.problems.size());
    }

    @Test
    void versionsCarryTheirDownloadsInTheArchiveWindow() throws IOException {
        RecentDownloads recent = VersionDownloadsArchive.read(ARCHIVE,
                new DownloadWindow(LocalDate.parse("2025-02-28"), LocalDate.parse("2025-03-01")), p -> { });
        CollectingSink s = new CollectingSink();
        DbDumpReader.read(DUMP, s, Path.of(System.getProperty("java.io.tmpdir")), recent);
        Map<String, Long> byVersion = s.versions.stream()
                .collect(Collectors.toMap(v -> v.crate() + "@" + v.num(), IndexVersion::recentDownloads));
        assertEquals(0L, byVersion.get("serde@1.0.0"), "downloads only before the window");
        assertEquals(500L, byVersion.get("serde@1.0.1"));
        assertEquals(50L, byVersion.get("tokio@1.0.0"));
        assertEquals(5L, byVersion.get("tocio@0.1.0"));
        assertEquals(5L, byVersion.get("reqest@0.1.0"));
        assertEquals(0L, byVersion.get("quantum@0.1.0"));
    }

    static Path tar(Path out, List<String> tables) throws IOException {
        return DbDumpReaderTest.tar(DUMP, out, tables.toArray(String[]::new));
    }
}
