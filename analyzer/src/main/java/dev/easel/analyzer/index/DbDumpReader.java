package dev.easel.analyzer.index;

import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Streams a crates.io database dump ({@code db-dump.tar.gz}, or its extracted folder) into an {@link IndexSink}: all
 * crates, then all versions, then all dependencies. Columns are found by header name, so dumps of other years read
 * too. Memory holds only the crate id → name and version id → (crate, number) maps (see {@link VersionIds});
 * when a streamed tar holds {@code versions.csv} or {@code dependencies.csv} before the tables they refer to, that
 * file is spilled to a temporary file and read once its references are known.
 */
public final class DbDumpReader {

    private static final Logger LOG = LoggerFactory.getLogger(DbDumpReader.class);
    private static final Problem.Stage STAGE = Problem.Stage.INDEX;
    private static final Pattern TABLE = Pattern.compile("(?:^|.*/)data/(crates|versions|dependencies)\\.csv$");
    private static final int PROBLEMS_PER_FILE = 1000;
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();

    /**
     * What a read produced.
     *
     * @param spilled the tables that had to wait in a temporary file (tar order)
     */
    public record Stats(long crates, long versions, long dependencies, long problems, List<String> spilled) {
        public Stats {
            spilled = List.copyOf(spilled);
        }

        public long rows() {
            return crates + versions + dependencies;
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
        Run run = new Run(sink);
        if (Files.isDirectory(dump)) {
            run.readFolder(dump);
        } else {
            run.readTar(dump, spillDir);
        }
        run.finish(dump);
        return new Stats(run.crates, run.versions, run.dependencies, run.problems, run.spilled);
    }

    /** One read: the id maps and counters. */
    private static final class Run {
        private final IndexSink sink;
        private final CrateIds crateIds = new CrateIds();
        private final VersionIds versionIds = new VersionIds();
        private boolean cratesDone;
        private boolean versionsDone;
        private boolean dependenciesDone;
        private long crates;
        private long versions;
        private long dependencies;
        private long problems;
        private final List<String> spilled = new java.util.ArrayList<>();

        Run(IndexSink sink) {
            this.sink = sink;
        }

        void readFolder(Path dump) throws IOException {
            Path data = dataFolder(dump);
            if (data == null) {
                problem(dump.toString(), 0, "no data/crates.csv in this folder or one level below");
                return;
            }
            for (String table : List.of("crates", "versions", "dependencies")) {
                Path f = data.resolve(table + ".csv");
                if (Files.isRegularFile(f)) {
                    try (InputStream in = Files.newInputStream(f)) {
                        readTable(table, in, f.toString());
                    }
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
            Path spilledVersions = null;
            Path spilledDependencies = null;
            String versionsLabel = null;
            String dependenciesLabel = null;
            try {
                try (InputStream file = Files.newInputStream(dump);
                     TarArchiveInputStream tar = new TarArchiveInputStream(
                             new GzipCompressorInputStream(new BufferedInputStream(file, 1 << 16)))) {
                    for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                        Matcher m = TABLE.matcher(e.getName());
                        if (!e.isFile() || !m.matches()) {
                            continue;
                        }
                        String table = m.group(1);
                        String label = dump + "!" + e.getName();
                        if (table.equals("versions") && !cratesDone) {
                            spilledVersions = spill(tar, spillDir, table);
                            versionsLabel = label;
                        } else if (table.equals("dependencies") && !versionsDone) {
                            spilledDependencies = spill(tar, spillDir, table);
                            dependenciesLabel = label;
                        } else {
                            readTable(table, new KeepOpen(tar), label);
                        }
                        if (spilledVersions != null && cratesDone && !versionsDone) {
                            readSpilled("versions", spilledVersions, versionsLabel);
                        }
                        if (spilledDependencies != null && versionsDone && !dependenciesDone) {
                            readSpilled("dependencies", spilledDependencies, dependenciesLabel);
                        }
                    }
                }
            } finally {
                deleteQuietly(spilledVersions);
                deleteQuietly(spilledDependencies);
            }
        }

        private Path spill(InputStream in, Path spillDir, String table) throws IOException {
            Files.createDirectories(spillDir);
            Path tmp = Files.createTempFile(spillDir, "easel-dump-" + table + "-", ".csv");
            LOG.info("{}.csv comes before the tables it refers to: spilling it to {}", table, tmp);
            Files.copy(in, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            spilled.add(table);
            return tmp;
        }

        private void readSpilled(String table, Path file, String label) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                readTable(table, in, label);
            }
        }

        private static void deleteQuietly(Path p) {
            if (p != null) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("cannot delete spill file {}: {}", p, e.toString());
                }
            }
        }

        void finish(Path dump) {
            if (!cratesDone) {
                problem(dump.toString(), 0, "dump has no data/crates.csv");
            }
            if (!versionsDone) {
                problem(dump.toString(), 0, "dump has no data/versions.csv");
            }
            if (!dependenciesDone) {
                problem(dump.toString(), 0, "dump has no data/dependencies.csv");
            }
        }

        private void readTable(String table, InputStream in, String label) throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            try (CSVParser parser = CSV.parse(reader)) {
                Columns cols = new Columns(parser.getHeaderMap());
                switch (table) {
                    case "crates" -> crates(parser, cols, label);
                    case "versions" -> versions(parser, cols, label);
                    default -> dependencies(parser, cols, label);
                }
            } catch (UncheckedIOException e) { // commons-csv wraps read errors while iterating
                throw e.getCause();
            } catch (IllegalStateException e) { // commons-csv: malformed CSV (e.g. an unterminated quote)
                problem(label, 0, "malformed CSV, rest of file skipped: " + e.getMessage());
            }
        }

        private void crates(CSVParser parser, Columns cols, String label) {
            if (cols.missing(label, "id", "name")) {
                cratesDone = true;
                return;
            }
            int bad = 0;
            for (CSVRecord r : parser) {
                try {
                    int id = cols.id(r, "id");
                    String name = cols.text(r, "name");
                    if (name == null) {
                        throw new IllegalArgumentException("empty name");
                    }
                    crateIds.add(id, name);
                    sink.crate(new IndexCrate(name, cols.text(r, "created_at"), cols.text(r, "updated_at"),
                            cols.text(r, "repository")));
                    crates++;
                } catch (IllegalArgumentException e) {
                    bad = badRow(label, parser, e, bad);
                }
            }
            crateIds.seal();
            cratesDone = true;
            summary(label, bad);
        }

        private void versions(CSVParser parser, Columns cols, String label) {
            if (cols.missing(label, "id", "crate_id", "num")) {
                versionsDone = true;
                return;
            }
            int bad = 0;
            for (CSVRecord r : parser) {
                try {
                    int id = cols.id(r, "id");
                    int crateId = cols.id(r, "crate_id");
                    String crate = crateIds.name(crateId);
                    if (crate == null) {
                        throw new IllegalArgumentException("unknown crate_id " + crateId);
                    }
                    String num = cols.text(r, "num");
                    if (num == null) {
                        throw new IllegalArgumentException("empty num");
                    }
                    String yanked = cols.text(r, "yanked");
                    String size = cols.text(r, "crate_size");
                    versionIds.add(id, crate, num);
                    sink.version(new IndexVersion(crate, num, SemVer.tryParse(num),
                            yanked != null && PgText.bool(yanked), cols.text(r, "links"), cols.text(r, "created_at"),
                            size == null ? null : Long.valueOf(size), cols.text(r, "license"),
                            cols.text(r, "checksum"), cols.text(r, "rust_version")));
                    versions++;
                } catch (IllegalArgumentException e) {
                    bad = badRow(label, parser, e, bad);
                }
            }
            versionIds.seal();
            versionsDone = true;
            summary(label, bad);
        }

        private void dependencies(CSVParser parser, Columns cols, String label) {
            if (cols.missing(label, "version_id", "crate_id", "req", "kind")) {
                dependenciesDone = true;
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
                    String to = crateIds.name(crateId);
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
            dependenciesDone = true;
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

            String textOr(CSVRecord r, String column, String fallback) {
                String v = text(r, column);
                return v == null ? fallback : v;
            }

            int id(CSVRecord r, String column) {
                return id(r, index(column), column);
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
