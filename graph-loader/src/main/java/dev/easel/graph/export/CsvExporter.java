package dev.easel.graph.export;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.load.Row;
import dev.easel.graph.schema.GraphSchema;
import dev.easel.graph.schema.NodeType;
import dev.easel.graph.schema.RelationshipType;
import dev.easel.graph.load.Statement;
import dev.easel.graph.load.VersionRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Offline loading: writes the graph of a stream of analyses as CSV files for {@code neo4j-admin database import full}
 * (an empty database, much faster than any transactional load), plus {@code import-command.txt} with the exact
 * command. The rows are the online loader's ({@link VersionRows}), so an import and an online load give the same
 * graph.
 *
 * <p>Streams: one analysis at a time. What it keeps is sets of node ids (the import tool refuses duplicate ids), and
 * the stub nodes (functions and versions other versions refer to) until the end, when those never defined are
 * written: memory bounded by the number of nodes, not by the input. The first analysis of a version wins; later ones
 * are skipped and reported (the online loader would let the later one replace it). Dependency scans
 * ({@link dev.easel.analyzer.model.BuildOutcome#isDependencyScan()}) wait until the end and are written only for
 * versions no crate of the input analysed, as the online loader never lets one replace a fuller analysis.
 */
public final class CsvExporter {

    private static final Logger LOG = LoggerFactory.getLogger(CsvExporter.class);

    private final LoadOptions options;

    public CsvExporter(LoadOptions options) {
        this.options = options;
    }

    /** Exports with the default options (detail BOUNDARY). */
    public static ExportReport export(Stream<CrateAnalysis> analyses, Path dir) {
        return new CsvExporter(LoadOptions.defaults()).write(analyses, dir);
    }

    public ExportReport write(Stream<CrateAnalysis> analyses, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        try (Files_ files = new Files_(dir)) {
            analyses.forEach(files::add);
            files.finish();
            files.versionsFile.close();
            LatestColumn.fill(dir.resolve(files.versionsFile.fileName), files.latest.ids());
            List<String> args = files.importArguments(dir.toAbsolutePath());
            writeCommand(dir, args);
            return new ExportReport(dir, files.versions, files.skipped, files.rowCounts(), args);
        }
    }

    private static void writeCommand(Path dir, List<String> args) {
        StringBuilder cmd = new StringBuilder("neo4j-admin");
        for (String a : args) {
            cmd.append(" \\\n  ").append(a.contains(" ") ? "'" + a + "'" : a);
        }
        cmd.append('\n');
        try {
            Files.writeString(dir.resolve("import-command.txt"), cmd, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve("import-command.txt"), e);
        }
    }

    /** The open files and the seen-sets of one export. */
    private final class Files_ implements AutoCloseable {
        final Map<NodeType, CsvFile> nodeFiles = new LinkedHashMap<>();
        final Map<RelationshipType, CsvFile> relFiles = new LinkedHashMap<>();
        final CsvFile versionsFile;
        final Map<NodeType, Set<Object>> seenKeys = new HashMap<>();
        final Set<String> realVersions = new HashSet<>();
        final Set<Object> definedFunctions = new HashSet<>();
        final Set<Row> seenShared = new HashSet<>();
        final Map<Object, Row.Node> versionStubs = new HashMap<>();
        final Map<Object, Object> stubCrate = new HashMap<>();
        final Map<Object, Row.Node> functionStubs = new HashMap<>();
        final List<String> skipped = new ArrayList<>();
        final Map<String, CrateAnalysis> dependencyScans = new LinkedHashMap<>();
        final LatestColumn latest = new LatestColumn();
        final Path dir;
        long versions;

        Files_(Path dir) {
            this.dir = dir;
            for (NodeType n : GraphSchema.NODES) {
                nodeFiles.put(n, new CsvFile(dir, fileName(n.label()) + ".csv", n.csvHeaders()));
            }
            for (RelationshipType r : GraphSchema.RELATIONSHIPS) {
                relFiles.put(r, new CsvFile(dir, r.type().toLowerCase(Locale.ROOT) + ".csv", r.csvHeaders()));
            }
            versionsFile = nodeFiles.get(GraphSchema.VERSION);
        }

        /** ForeignFunction → foreign_functions (the file names the import command has always used). */
        private static String fileName(String label) {
            String snake = label.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
            return snake.endsWith("y") ? snake.substring(0, snake.length() - 1) + "ies" : snake + "s";
        }

        void add(CrateAnalysis analysis) {
            if (analysis.build() != null && analysis.build().isDependencyScan()) {
                if (!realVersions.contains(analysis.id())) {
                    dependencyScans.putIfAbsent(analysis.id(), analysis);
                }
                return;
            }
            write(analysis);
        }

        private void write(CrateAnalysis analysis) {
            VersionRows rows;
            try {
                rows = VersionRows.of(analysis, options);
            } catch (RuntimeException e) {
                skipped.add(analysis.id() + ": " + e);
                LOG.warn("cannot export {}: {}", analysis.id(), e.toString());
                return;
            }
            String vid = rows.versionId();
            if (!realVersions.add(vid)) {
                skipped.add(vid + ": analysed twice in this input; the first analysis was exported");
                return;
            }
            versions++;
            if (!rows.dependencyScan()) {
                latest.offer(analysis.name(), analysis.version(), vid); // as online: latest among analysed versions
            }
            versionStubs.remove(vid);
            for (Statement s : List.of(Statement.CRATE, Statement.FOREIGN_FUNCTION, Statement.NATIVE_LIBRARY)) {
                NodeType type = s.nodeType();
                for (Row r : rows.rows(s)) {
                    Row.Node n = (Row.Node) r;
                    if (seenKeys.computeIfAbsent(type, k -> new HashSet<>()).add(n.key())) {
                        nodeFiles.get(type).write(values(type.key().name(), n));
                    }
                }
            }
            for (Row r : rows.rows(Statement.VERSION)) {
                Map<String, Object> values = values("id", (Row.Node) r);
                values.put("load_state", "complete");
                versionsFile.write(values);
            }
            for (Row r : rows.rows(Statement.VERSION_STUB)) {
                Row.Node n = (Row.Node) r;
                if (!realVersions.contains((String) n.key())) {
                    versionStubs.putIfAbsent(n.key(), n);
                }
            }
            for (Row r : rows.rows(Statement.VERSION_OF)) {
                Row.Relationship rel = (Row.Relationship) r;
                if (vid.equals(rel.from())) {
                    relFiles.get(GraphSchema.VERSION_OF).write(ends(rel));
                } else {
                    stubCrate.putIfAbsent(rel.from(), rel.to());
                }
            }
            for (Row r : rows.rows(Statement.FUNCTION)) {
                Row.Node n = (Row.Node) r;
                if (definedFunctions.add(n.key())) {
                    functionStubs.remove(n.key());
                    nodeFiles.get(GraphSchema.FUNCTION).write(values("id", n));
                }
            }
            for (Row r : rows.rows(Statement.FUNCTION_STUB)) {
                Row.Node n = (Row.Node) r;
                if (!definedFunctions.contains(n.key())) {
                    functionStubs.putIfAbsent(n.key(), n);
                }
            }
            for (Statement s : Statement.values()) {
                if (s.writesNodes() || s == Statement.VERSION_OF) {
                    continue;
                }
                CsvFile file = relFiles.get(s.relationshipType());
                for (Row r : rows.rows(s)) {
                    if (!s.shared() || seenShared.add(r)) {
                        file.write(ends((Row.Relationship) r));
                    }
                }
            }
        }

        /** A node row's properties and its key, as CSV values. */
        private static Map<String, Object> values(String keyName, Row.Node n) {
            Map<String, Object> values = new HashMap<>(n.props());
            values.put(keyName, n.key());
            return values;
        }

        /** A relationship row's properties and its two ends, as CSV values. */
        private static Map<String, Object> ends(Row.Relationship r) {
            Map<String, Object> values = new HashMap<>(r.props());
            values.put(CsvFile.START, r.from());
            values.put(CsvFile.END, r.to());
            return values;
        }

        /**
         * Dependency scans of versions no crate of the input analysed, then stubs never defined by any exported
         * version: written last, so a definition always wins.
         */
        void finish() {
            for (CrateAnalysis scan : dependencyScans.values()) {
                if (!realVersions.contains(scan.id())) {
                    write(scan);
                }
            }
            for (Map.Entry<Object, Row.Node> e : new TreeMap<>(versionStubs).entrySet()) {
                if (!realVersions.contains((String) e.getKey())) {
                    versionsFile.write(values("id", e.getValue()));
                    Object crate = stubCrate.get(e.getKey());
                    if (crate != null) {
                        relFiles.get(GraphSchema.VERSION_OF).write(Map.of(CsvFile.START, e.getKey(), CsvFile.END, crate));
                    }
                }
            }
            for (Map.Entry<Object, Row.Node> e : new TreeMap<>(functionStubs).entrySet()) {
                if (!definedFunctions.contains(e.getKey())) {
                    nodeFiles.get(GraphSchema.FUNCTION).write(values("id", e.getValue()));
                }
            }
        }

        List<String> importArguments(Path abs) {
            List<String> args = new ArrayList<>(List.of("database", "import", "full", "neo4j", "--overwrite-destination=true",
                    "--id-type=string", "--array-delimiter=" + CsvFile.ARRAY_DELIMITER,
                    // beside the files, not in whatever folder the importer was started from
                    "--report-file=" + abs.resolve("import.report")));
            nodeFiles.forEach((type, f) -> args.add("--nodes=" + type.label() + "=" + abs.resolve(f.fileName)));
            relFiles.forEach((type, f) -> args.add("--relationships=" + type.type() + "=" + abs.resolve(f.fileName)));
            return args;
        }

        Map<String, Long> rowCounts() {
            Map<String, Long> out = new TreeMap<>();
            nodeFiles.values().forEach(f -> out.put(f.fileName, f.rows()));
            relFiles.values().forEach(f -> out.put(f.fileName, f.rows()));
            return out;
        }

        @Override
        public void close() {
            nodeFiles.values().forEach(CsvFile::close);
            relFiles.values().forEach(CsvFile::close);
        }
    }
}
