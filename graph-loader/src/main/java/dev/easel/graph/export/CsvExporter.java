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
    private final boolean compressed;

    public CsvExporter(LoadOptions options) {
        this(options, false);
    }

    private CsvExporter(LoadOptions options, boolean compressed) {
        this.options = options;
        this.compressed = compressed;
    }

    /** The same export writing {@code .csv.gz} files, which the importer reads as they are. */
    public CsvExporter compressed() {
        return new CsvExporter(options, true);
    }

    /** Exports with the default options (detail BOUNDARY). */
    public static ExportReport export(Stream<CrateAnalysis> analyses, Path dir) {
        return new CsvExporter(LoadOptions.defaults()).write(analyses, dir);
    }

    /**
     * Writes the files and {@code import-command.txt}, the command for a server's default database
     * ({@code --overwrite-destination=true}, as {@code easel export-csv} always wrote it).
     */
    public ExportReport write(Stream<CrateAnalysis> analyses, Path dir) {
        ExportReport report = writeFiles(analyses, dir);
        ImportCommandFile.write(dir, report.importArguments());
        return report;
    }

    /** Writes the files only. */
    public ExportReport writeFiles(Stream<CrateAnalysis> analyses, Path dir) {
        try (Files_ files = new Files_(dir)) {
            analyses.forEach(files::add);
            files.finish();
            ImportFiles written = files.set.finish();
            LatestColumn.Ids ids = files.latest.ids();
            CsvColumnFill.fill(written.nodes().get(GraphSchema.VERSION.label()),
                    id -> ids.analysed().contains(id) ? String.valueOf(ids.latest().contains(id)) : null);
            return new ExportReport(dir, files.versions, files.skipped, written.rows(), written);
        }
    }

    /** The open files and the seen-sets of one export. */
    private final class Files_ implements AutoCloseable {
        final ImportFileSet set;
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
        long versions;

        Files_(Path dir) {
            this.set = new ImportFileSet(dir, compressed);
            versionsFile = set.nodes(GraphSchema.VERSION);
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
                        set.nodes(type).write(values(type.key().name(), n));
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
                    set.relationships(GraphSchema.VERSION_OF).write(ends(rel));
                } else {
                    stubCrate.putIfAbsent(rel.from(), rel.to());
                }
            }
            for (Row r : rows.rows(Statement.FUNCTION)) {
                Row.Node n = (Row.Node) r;
                if (definedFunctions.add(n.key())) {
                    functionStubs.remove(n.key());
                    set.nodes(GraphSchema.FUNCTION).write(values("id", n));
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
                CsvFile file = set.relationships(s.relationshipType());
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
                        set.relationships(GraphSchema.VERSION_OF).write(Map.of(CsvFile.START, e.getKey(), CsvFile.END, crate));
                    }
                }
            }
            for (Map.Entry<Object, Row.Node> e : new TreeMap<>(functionStubs).entrySet()) {
                if (!definedFunctions.contains(e.getKey())) {
                    set.nodes(GraphSchema.FUNCTION).write(values("id", e.getValue()));
                }
            }
        }

        @Override
        public void close() {
            set.close();
        }
    }
}
