package dev.easel.analyzer.index;

import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Streams a crates.io database dump ({@code db-dump.tar.gz}, or its extracted folder) into an {@link IndexSink}: all
 * crates, then all versions, then all dependencies; owners ({@code crate_owners.csv} joined with {@code users.csv} and
 * {@code teams.csv}) and crate download counts ({@code crate_downloads.csv}) once the crates are known. Columns are
 * found by header name, so dumps of other years read too; a dump without the owner tables (older dumps, trimmed
 * copies) gives a notice and the rest is read. Memory holds only the id maps: crate id → name, user and team id →
 * login, version id → (crate, number) (see {@link VersionIds}); when a streamed tar holds a table before the tables it
 * refers to, that file is spilled to a temporary file and read once its references are known.
 */
public final class DbDumpReader {

    private static final Logger LOG = LoggerFactory.getLogger(DbDumpReader.class);
    private static final Problem.Stage STAGE = Problem.Stage.INDEX;
    private static final int PROBLEMS_PER_FILE = 1000;
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();

    /** The tables read, in an order that reads each after the tables it refers to. */
    private enum Table {
        CRATES, USERS, TEAMS, CRATE_DOWNLOADS(CRATES), CRATE_OWNERS(CRATES, USERS, TEAMS), VERSIONS(CRATES),
        DEPENDENCIES(VERSIONS);

        private final List<Table> needs;

        Table(Table... needs) {
            this.needs = List.of(needs);
        }

        String file() {
            return name().toLowerCase(Locale.ROOT) + ".csv";
        }
    }

    private static final Pattern TABLE = Pattern.compile("(?:^|.*/)data/("
            + Stream.of(Table.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|"))
            + ")\\.csv$");

    /**
     * What a read produced.
     *
     * @param owners  crate-owner pairs delivered
     * @param spilled the tables that had to wait in a temporary file (tar order)
     * @param notices what the dump lacks that is not an error (owner tables, download counts)
     */
    public record Stats(long crates, long versions, long dependencies, long owners, long problems,
                        List<String> spilled, List<String> notices) {
        public Stats {
            spilled = List.copyOf(spilled);
            notices = List.copyOf(notices);
        }

        public long rows() {
            return crates + versions + dependencies + owners;
        }
    }

    private DbDumpReader() {
    }

    /** Reads a dump, spilling out-of-order tables into the system temporary folder. */
    public static Stats read(Path dump, IndexSink sink) throws IOException {
        return read(dump, sink, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** Reads a dump ({@code .tar.gz} or extracted folder); I/O failures of the dump itself are thrown. */
    public static Stats read(Path dump, IndexSink sink, Path spillDir) throws IOException {
        return read(dump, sink, spillDir, null);
    }

    /**
     * Reads a dump, giving each version its downloads in the window of {@code recent} (null: no recent downloads).
     */
    public static Stats read(Path dump, IndexSink sink, Path spillDir, RecentDownloads recent) throws IOException {
        Run run = new Run(sink, recent);
        try {
            if (Files.isDirectory(dump)) {
                run.readFolder(dump);
            } else {
                run.readTar(dump, spillDir);
            }
            run.finish(dump);
        } finally {
            run.deleteSpills();
        }
        return new Stats(run.crates, run.versions, run.dependencies, run.owners, run.problems, run.spilled,
                run.notices);
    }

    /** A table that waits for the tables it refers to. */
    private record Pending(Path file, String label, boolean spilled) {
    }

    /** A user's or team's login and display name. */
    private record Login(String login, String name) {
    }

    /** One read: the id maps and counters. */
    private static final class Run {
        private final IndexSink sink;
        private final RecentDownloads recent;
        private final IdTable<String> crateIds = new IdTable<>();
        private final IdTable<Login> users = new IdTable<>();
        private final IdTable<Login> teams = new IdTable<>();
        private final VersionIds versionIds = new VersionIds();
        private final Set<Table> done = EnumSet.noneOf(Table.class);
        private final Map<Table, Pending> pending = new EnumMap<>(Table.class);
        private final List<Path> spills = new ArrayList<>();
        private boolean crateRowsHaveDownloads;
        /** The line the last record read ends on: a malformed record starts on the next. */
        private long lastRecordEnd;
        private long crates;
        private long versions;
        private long dependencies;
        private long owners;
        private long problems;
        private final List<String> spilled = new ArrayList<>();
        private final List<String> notices = new ArrayList<>();

        Run(IndexSink sink, RecentDownloads recent) {
            this.sink = sink;
            this.recent = recent;
        }

        void readFolder(Path dump) throws IOException {
            Path data = dataFolder(dump);
            if (data == null) {
                problem(dump.toString(), 0, "no data/crates.csv in this folder or one level below");
                return;
            }
            for (Table table : Table.values()) { // declaration order: references first, so nothing waits
                Path f = data.resolve(table.file());
                if (Files.isRegularFile(f)) {
                    offer(table, new Pending(f, f.toString(), false));
                }
            }
        }

        private static Path dataFolder(Path dump) throws IOException {
            for (Path c : List.of(dump, dump.resolve("data"))) {
                if (Files.isRegularFile(c.resolve("crates.csv"))) {
                    return c;
                }
            }
            try (Stream<Path> s = Files.list(dump)) { // the dated top folder, e.g. 2024-05-01-020040/
                return s.sorted().map(d -> d.resolve("data")).filter(d -> Files.isRegularFile(d.resolve("crates.csv")))
                        .reduce((a, b) -> b).orElse(null);
            }
        }

        void readTar(Path dump, Path spillDir) throws IOException {
            try (InputStream file = Files.newInputStream(dump);
                 TarArchiveInputStream tar = new TarArchiveInputStream(
                         new GzipCompressorInputStream(new BufferedInputStream(file, 1 << 16)))) {
                for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                    Matcher m = TABLE.matcher(e.getName());
                    if (!e.isFile() || !m.matches()) {
                        continue;
                    }
                    Table table = Table.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                    String label = dump + "!" + e.getName();
                    if (ready(table)) {
                        readTable(table, new KeepOpen(tar), label);
                        done.add(table);
                        readWaiting();
                    } else {
                        pending.put(table, new Pending(spill(tar, spillDir, table), label, true));
                    }
                }
            }
        }

        /** Reads a table now when what it refers to is known, else keeps it for later. */
        private void offer(Table table, Pending p) throws IOException {
            if (ready(table)) {
                read(table, p);
                readWaiting();
            } else {
                pending.put(table, p);
            }
        }

        private boolean ready(Table table) {
            return done.containsAll(table.needs);
        }

        /** Reads every waiting table whose references have become known, until none is left that can be read. */
        private void readWaiting() throws IOException {
            for (boolean progress = true; progress; ) {
                progress = false;
                for (Table t : List.copyOf(pending.keySet())) {
                    if (ready(t)) {
                        read(t, pending.remove(t));
                        progress = true;
                    }
                }
            }
        }

        private void read(Table table, Pending p) throws IOException {
            try (InputStream in = Files.newInputStream(p.file())) {
                readTable(table, in, p.label());
            }
            done.add(table);
            if (p.spilled()) {
                deleteQuietly(p.file());
            }
        }

        private Path spill(InputStream in, Path spillDir, Table table) throws IOException {
            Files.createDirectories(spillDir);
            String name = table.name().toLowerCase(Locale.ROOT);
            Path tmp = Files.createTempFile(spillDir, "easel-dump-" + name + "-", ".csv");
            spills.add(tmp);
            LOG.info("{} comes before the tables it refers to: spilling it to {}", table.file(), tmp);
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            spilled.add(name);
            return tmp;
        }

        void deleteSpills() {
            spills.forEach(Run::deleteQuietly);
        }

        private static void deleteQuietly(Path p) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("cannot delete spill file {}: {}", p, e.toString());
            }
        }

        void finish(Path dump) {
            for (Map.Entry<Table, Pending> e : pending.entrySet()) {
                List<String> why = new ArrayList<>();
                for (Table need : e.getKey().needs) {
                    if (pending.containsKey(need)) {
                        why.add(need.file() + " was not read either");
                    } else if (!done.contains(need)) {
                        why.add("the dump has no " + need.file());
                    }
                }
                problem(e.getValue().label(), 0, "not read: " + String.join(", ", why));
            }
            for (Table t : List.of(Table.CRATES, Table.VERSIONS, Table.DEPENDENCIES)) {
                if (!done.contains(t) && !pending.containsKey(t)) {
                    problem(dump.toString(), 0, "dump has no data/" + t.file());
                }
            }
            if (!done.contains(Table.CRATE_OWNERS) && !pending.containsKey(Table.CRATE_OWNERS)) {
                notice("no data/crate_owners.csv in " + dump + ": crate owners not imported");
            }
            if (done.contains(Table.CRATES) && !crateRowsHaveDownloads && !done.contains(Table.CRATE_DOWNLOADS)
                    && !pending.containsKey(Table.CRATE_DOWNLOADS)) {
                notice("no crate download counts in " + dump
                        + " (crates.csv has no downloads column and there is no crate_downloads.csv)");
            }
        }

        private void notice(String text) {
            LOG.info("{}", text);
            notices.add(text);
        }

        private void readTable(Table table, InputStream in, String label) throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            CSVParser header;
            try {
                header = CSV.parse(reader);
            } catch (CSVException | IllegalArgumentException e) { // a malformed header, or a name missing or repeated
                problem(label, 1, "bad CSV header, file skipped: " + e.getMessage());
                sealTables(table);
                return;
            }
            try (CSVParser parser = header) {
                lastRecordEnd = parser.getCurrentLineNumber();
                Columns cols = new Columns(parser.getHeaderMap());
                switch (table) {
                    case CRATES -> crates(parser, cols, label);
                    case USERS -> logins(parser, cols, label, users, "gh_login");
                    case TEAMS -> logins(parser, cols, label, teams, "login");
                    case CRATE_DOWNLOADS -> crateDownloads(parser, cols, label);
                    case CRATE_OWNERS -> owners(parser, cols, label);
                    case VERSIONS -> versions(parser, cols, label);
                    case DEPENDENCIES -> dependencies(parser, cols, label);
                }
            } catch (UncheckedIOException e) { // commons-csv wraps read errors while iterating, malformed CSV too
                if (!(e.getCause() instanceof CSVException malformed)) {
                    throw e.getCause();
                }
                problem(label, (int) Math.min(Integer.MAX_VALUE, lastRecordEnd + 1),
                        "malformed CSV, rest of file skipped: " + malformed.getMessage());
            } catch (IllegalStateException e) { // commons-csv: malformed CSV (e.g. an unterminated quote)
                problem(label, 0, "malformed CSV, rest of file skipped: " + e.getMessage());
            }
            sealTables(table);
        }

        /** Id tables are sealed even when their file was skipped, so that later lookups work (and miss). */
        private void sealTables(Table table) {
            switch (table) {
                case CRATES -> crateIds.seal();
                case USERS -> users.seal();
                case TEAMS -> teams.seal();
                case VERSIONS -> versionIds.seal();
                default -> {
                }
            }
        }

        private void crates(CSVParser parser, Columns cols, String label) {
            if (cols.missing(label, "id", "name")) {
                return;
            }
            crateRowsHaveDownloads = cols.index("downloads") >= 0;
            eachRow(parser, label, r -> {
                int id = cols.id(r, "id");
                String name = cols.required(r, "name");
                crateIds.add(id, name);
                sink.crate(new IndexCrate(name, cols.text(r, "created_at"), cols.text(r, "updated_at"),
                        cols.text(r, "repository"), cols.count(r, "downloads")));
                crates++;
            });
        }

        private void versions(CSVParser parser, Columns cols, String label) {
            if (cols.missing(label, "id", "crate_id", "num")) {
                return;
            }
            eachRow(parser, label, r -> {
                int id = cols.id(r, "id");
                String crate = knownCrate(cols, r);
                String num = cols.required(r, "num");
                String yanked = cols.text(r, "yanked");
                String size = cols.text(r, "crate_size");
                versionIds.add(id, crate, num);
                sink.version(new IndexVersion(crate, num, SemVer.tryParse(num),
                        yanked != null && PgText.bool(yanked), cols.text(r, "links"), cols.text(r, "created_at"),
                        size == null ? null : Long.valueOf(size), cols.text(r, "license"),
                        cols.text(r, "checksum"), cols.text(r, "rust_version"), cols.count(r, "downloads"),
                        recent == null ? null : recent.of(id)));
                versions++;
            });
        }

        private void dependencies(CSVParser parser, Columns cols, String label) {
            if (cols.missing(label, "version_id", "crate_id", "req", "kind")) {
                return;
            }
            int cVersion = cols.index("version_id");
            int cCrate = cols.index("crate_id");
            int cReq = cols.index("req");
            int cKind = cols.index("kind");
            int cOptional = cols.index("optional");
            int cDefaults = cols.index("default_features");
            int cFeatures = cols.index("features");
            int cTarget = cols.index("target");
            int cRename = cols.index("explicit_name");
            int bad = 0;
            DependencyKind[] kinds = DependencyKind.values();
            int lastVersionId = -1; // rows of one version are usually adjacent: look it up once
            String fromCrate = null;
            String fromNum = null;
            for (CSVRecord r : parser) {
                lastRecordEnd = parser.getCurrentLineNumber();
                try {
                    int versionId = Columns.id(r, cVersion, "version_id");
                    if (versionId != lastVersionId) {
                        int at = versionIds.indexOf(versionId);
                        if (at < 0) {
                            throw new IllegalArgumentException("unknown version_id " + versionId);
                        }
                        lastVersionId = versionId;
                        fromCrate = versionIds.crate(at);
                        fromNum = versionIds.num(at);
                    }
                    int crateId = Columns.id(r, cCrate, "crate_id");
                    String to = crateIds.get(crateId);
                    if (to == null) {
                        throw new IllegalArgumentException("unknown crate_id " + crateId);
                    }
                    int kind = Integer.parseInt(Columns.textOr(r, cKind, "0"));
                    if (kind < 0 || kind >= kinds.length) {
                        throw new IllegalArgumentException("unknown dependency kind " + kind);
                    }
                    sink.dependency(new IndexDependency(fromCrate, fromNum, to, Columns.textOr(r, cReq, "*"),
                            kinds[kind], PgText.bool(Columns.textOr(r, cOptional, "f")),
                            PgText.bool(Columns.textOr(r, cDefaults, "t")), PgText.array(Columns.text(r, cFeatures)),
                            Columns.text(r, cTarget), Columns.text(r, cRename)));
                    dependencies++;
                } catch (IllegalArgumentException e) {
                    bad = badRow(label, parser, e, bad);
                }
            }
            summary(label, bad);
        }

        /** users.csv or teams.csv: id to login and display name. */
        private void logins(CSVParser parser, Columns cols, String label, IdTable<Login> table, String loginColumn) {
            if (cols.missing(label, "id", loginColumn)) {
                return;
            }
            eachRow(parser, label, r -> table.add(cols.id(r, "id"),
                    new Login(cols.required(r, loginColumn), cols.text(r, "name"))));
        }

        private void owners(CSVParser parser, Columns cols, String label) {
            if (cols.missing(label, "crate_id", "owner_id", "owner_kind")) {
                return;
            }
            IndexOwner.Kind[] kinds = IndexOwner.Kind.values();
            eachRow(parser, label, r -> {
                String crate = knownCrate(cols, r);
                int kind = cols.id(r, "owner_kind");
                if (kind >= kinds.length) {
                    throw new IllegalArgumentException("unknown owner_kind " + kind);
                }
                int ownerId = cols.id(r, "owner_id");
                Login owner = (kind == 0 ? users : teams).get(ownerId);
                if (owner == null) {
                    throw new IllegalArgumentException("unknown " + kinds[kind].graphName() + " id " + ownerId);
                }
                sink.owner(new IndexOwner(crate, kinds[kind], owner.login(), owner.name()));
                owners++;
            });
        }

        private void crateDownloads(CSVParser parser, Columns cols, String label) {
            if (cols.missing(label, "crate_id", "downloads")) {
                return;
            }
            eachRow(parser, label, r -> {
                String crate = knownCrate(cols, r);
                Long downloads = cols.count(r, "downloads");
                if (downloads == null) {
                    throw new IllegalArgumentException("empty downloads");
                }
                sink.crateDownloads(new IndexCrateDownloads(crate, downloads));
            });
        }

        /** The crate a row's crate_id names; an unknown id is a bad row. */
        private String knownCrate(Columns cols, CSVRecord r) {
            int crateId = cols.id(r, "crate_id");
            String crate = crateIds.get(crateId);
            if (crate == null) {
                throw new IllegalArgumentException("unknown crate_id " + crateId);
            }
            return crate;
        }

        /** One row's work; an IllegalArgumentException makes it a bad row. */
        private interface RowAction {
            void accept(CSVRecord r);
        }

        /** Runs the action on every row, reporting bad ones (file and line) and going on. */
        private void eachRow(CSVParser parser, String label, RowAction action) {
            int bad = 0;
            for (CSVRecord r : parser) {
                lastRecordEnd = parser.getCurrentLineNumber();
                try {
                    action.accept(r);
                } catch (IllegalArgumentException e) {
                    bad = badRow(label, parser, e, bad);
                }
            }
            summary(label, bad);
        }

        private int badRow(String label, CSVParser parser, IllegalArgumentException e, int bad) {
            if (bad < PROBLEMS_PER_FILE) {
                problem(label, (int) Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber()),
                        "row skipped: " + e.getMessage());
            }
            return bad + 1;
        }

        private void summary(String label, int bad) {
            if (bad > PROBLEMS_PER_FILE) {
                problem(label, 0, (bad - PROBLEMS_PER_FILE) + " more bad rows skipped without a report each");
            }
        }

        private void problem(String file, int line, String message) {
            problems++;
            sink.problem(new Problem(STAGE, file, line, message));
        }

        /** Column positions by header name. */
        private final class Columns {
            private final Map<String, Integer> header;

            Columns(Map<String, Integer> header) {
                this.header = header == null ? Map.of() : header;
            }

            boolean missing(String label, String... required) {
                List<String> absent = Stream.of(required).filter(c -> !header.containsKey(c)).toList();
                if (!absent.isEmpty()) {
                    problem(label, 1, "missing column(s) " + absent + ", file skipped; header: " + header.keySet());
                    return true;
                }
                return false;
            }

            /** A column's position, -1 when absent; looked up once per file, not per row. */
            int index(String column) {
                Integer i = header.get(column);
                return i == null ? -1 : i;
            }

            /** The value, null when the column is absent or the value empty (SQL NULL). */
            String text(CSVRecord r, String column) {
                return text(r, index(column));
            }

            static String text(CSVRecord r, int i) {
                return i < 0 || i >= r.size() ? null : PgText.orNull(r.get(i));
            }

            static String textOr(CSVRecord r, int i, String fallback) {
                String v = text(r, i);
                return v == null ? fallback : v;
            }

            static int id(CSVRecord r, int i, String column) {
                String v = text(r, i);
                if (v == null) {
                    throw new IllegalArgumentException("empty " + column);
                }
                long id = Long.parseLong(v);
                if (id < 0 || id > Integer.MAX_VALUE) {
                    throw new IllegalArgumentException(column + " out of range: " + v);
                }
                return (int) id;
            }

            /** The value; absent or empty is a bad row. */
            String required(CSVRecord r, String column) {
                String v = text(r, column);
                if (v == null) {
                    throw new IllegalArgumentException("empty " + column);
                }
                return v;
            }

            String textOr(CSVRecord r, String column, String fallback) {
                String v = text(r, column);
                return v == null ? fallback : v;
            }

            int id(CSVRecord r, String column) {
                return id(r, index(column), column);
            }

            /** A non-negative count (downloads), null when the column is absent or the value empty. */
            Long count(CSVRecord r, String column) {
                String v = text(r, column);
                if (v == null) {
                    return null;
                }
                long n = Long.parseLong(v);
                if (n < 0) {
                    throw new IllegalArgumentException("negative " + column + ": " + v);
                }
                return n;
            }
        }
    }

    /** Lets a CSV parser close its reader without closing the tar stream under it. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
