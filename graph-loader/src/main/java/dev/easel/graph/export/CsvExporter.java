package dev.easel.graph.export;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.load.LoadOptions;
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
 * are skipped and reported (the online loader would let the later one replace it).
 */
public final class CsvExporter {

    private static final Logger LOG = LoggerFactory.getLogger(CsvExporter.class);

    static final List<String> VERSION_COLUMNS = List.of("id:ID(Version)", "name", "version", "major:long",
            "minor:long", "patch:long", "pre", "links", "edition", "license", "repository", "build_script:boolean",
            "proc_macro:boolean", "source_checksum", "unsafe_total:long", "unsafe_functions:long", "safe_functions:long",
            "unsafe_exprs:long", "safe_exprs:long", "unsafe_impls:long", "safe_impls:long", "unsafe_traits:long",
            "safe_traits:long", "unsafe_methods:long", "safe_methods:long", "unsafe_blocks:long", "extern_blocks:long",
            "foreign_items:long", "static_muts:long", "unsafe_attributes:long", "macro_unsafe:long",
            "native_files:long", "native_lines:long", "c_lines:long", "cpp_lines:long", "asm_lines:long",
            "native_mechanisms:string[]", "homepage", "vcs_commit", "vcs_path", "vcs_dirty:boolean",
            "has_cargo_toml_orig:boolean", "build_script_effects:string[]", "build_script_inferred:string[]",
            "build_script_observed:string[]", "analysed:boolean", "build_status", "failure", "missing_libraries:string[]",
            "rustc", "std_calls:long", "graph_detail", "graph_nodes_before:long", "graph_edges_before:long",
            "graph_nodes_after:long", "graph_edges_after:long", "load_state", "latest:boolean");
    static final List<String> FUNCTION_COLUMNS = List.of("id:ID(Function)", "name", "crate", "version", "owner",
            "instantiated_in", "file", "line:long", "linkage", "unsafe:boolean", "exported:boolean", "provenance",
            "copies:long", "std_calls:long", "intrinsic_calls:long", "indirect_calls:long", "foreign_calls:long",
            "reaches_ffi:boolean", "reaches_unsafe:boolean", "recursive:boolean");

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
        final Map<String, CsvFile> nodeFiles = new LinkedHashMap<>();
        final Map<String, CsvFile> relFiles = new LinkedHashMap<>();
        final CsvFile crates;
        final CsvFile versionsFile;
        final CsvFile functions;
        final CsvFile foreignFunctions;
        final CsvFile libraries;
        final Set<String> seenCrates = new HashSet<>();
        final Set<String> realVersions = new HashSet<>();
        final Set<String> definedFunctions = new HashSet<>();
        final Set<String> seenForeign = new HashSet<>();
        final Set<String> seenLibraries = new HashSet<>();
        final Set<String> seenProvided = new HashSet<>();
        final Map<String, Map<String, Object>> versionStubs = new HashMap<>();
        final Map<String, String> stubCrate = new HashMap<>();
        final Map<String, Map<String, Object>> functionStubs = new HashMap<>();
        final List<String> skipped = new ArrayList<>();
        final LatestColumn latest = new LatestColumn();
        final Path dir;
        long versions;

        Files_(Path dir) {
            this.dir = dir;
            crates = node("Crate", "crates.csv", List.of("name:ID(Crate)"));
            versionsFile = node("Version", "versions.csv", VERSION_COLUMNS);
            functions = node("Function", "functions.csv", FUNCTION_COLUMNS);
            foreignFunctions = node("ForeignFunction", "foreign_functions.csv", List.of("name:ID(ForeignFunction)"));
            libraries = node("NativeLibrary", "native_libraries.csv", List.of("name:ID(NativeLibrary)"));
            rel("VERSION_OF", "version_of.csv", "Version", "Crate");
            rel("DEPENDS_ON", "depends_on.csv", "Version", "Crate", "requirement", "kind", "optional:boolean",
                    "features:string[]", "target", "default_features:boolean", "rename");
            rel("RESOLVED_TO", "resolved_to.csv", "Version", "Version", "kind");
            rel("INVOKES", "invokes.csv", "Version", "Crate", "calls:long");
            rel("DEFINES", "defines.csv", "Version", "Function");
            rel("CALLS", "calls.csv", "Function", "Function", "kind", "count:long", "provenance");
            rel("CALLS_FOREIGN", "calls_foreign.csv", "Function", "ForeignFunction", "count:long");
            rel("PROVIDED_BY", "provided_by.csv", "ForeignFunction", "NativeLibrary");
            rel("LINKS", "links.csv", "Version", "NativeLibrary", "kind", "via");
            rel("EXPORTS", "exports.csv", "Version", "ForeignFunction");
        }

        private CsvFile node(String label, String file, List<String> headers) {
            CsvFile f = new CsvFile(dir, file, headers);
            nodeFiles.put(label + "=" + file, f);
            return f;
        }

        private void rel(String type, String file, String from, String to, String... props) {
            List<String> headers = new ArrayList<>();
            headers.add(":START_ID(" + from + ")");
            headers.add(":END_ID(" + to + ")");
            headers.addAll(List.of(props));
            relFiles.put(type, new CsvFile(dir, file, headers));
        }

        void add(CrateAnalysis analysis) {
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
            latest.offer(analysis.name(), analysis.version(), vid);
            versionStubs.remove(vid);
            for (Object r : rows.rows(Statement.CRATE)) {
                if (seenCrates.add((String) r)) {
                    crates.writeValues(r);
                }
            }
            for (Object r : rows.rows(Statement.VERSION)) {
                Map<?, ?> m = (Map<?, ?>) r;
                Map<String, Object> values = new HashMap<>(cast(m.get("props")));
                values.put("id", m.get("id"));
                values.put("load_state", "complete");
                versionsFile.write(values);
            }
            for (Object r : rows.rows(Statement.VERSION_STUB)) {
                Map<String, Object> m = cast(r);
                String id = (String) m.get("id");
                if (!realVersions.contains(id)) {
                    Map<String, Object> stub = new HashMap<>(m);
                    stub.put("analysed", false);
                    versionStubs.putIfAbsent(id, stub);
                }
            }
            for (Object r : rows.rows(Statement.VERSION_OF)) {
                Map<String, Object> m = cast(r);
                if (vid.equals(m.get("v"))) {
                    relFiles.get("VERSION_OF").writeValues(m.get("v"), m.get("c"));
                } else {
                    stubCrate.putIfAbsent((String) m.get("v"), (String) m.get("c"));
                }
            }
            for (Object r : rows.rows(Statement.FUNCTION)) {
                Map<String, Object> m = cast(r);
                String id = (String) m.get("id");
                if (definedFunctions.add(id)) {
                    functionStubs.remove(id);
                    Map<String, Object> values = new HashMap<>(cast(m.get("props")));
                    values.put("id", id);
                    functions.write(values);
                }
            }
            for (Object r : rows.rows(Statement.FUNCTION_STUB)) {
                Map<String, Object> m = cast(r);
                String id = (String) m.get("id");
                if (!definedFunctions.contains(id)) {
                    functionStubs.putIfAbsent(id, m);
                }
            }
            for (Object r : rows.rows(Statement.FOREIGN_FUNCTION)) {
                if (seenForeign.add((String) r)) {
                    foreignFunctions.writeValues(r);
                }
            }
            for (Object r : rows.rows(Statement.NATIVE_LIBRARY)) {
                if (seenLibraries.add((String) r)) {
                    libraries.writeValues(r);
                }
            }
            writeRels(rows, Statement.DEPENDS_ON, "v", "c", m -> cast(m.get("props")));
            writeRels(rows, Statement.RESOLVED_TO, "v", "t", m -> m);
            writeRels(rows, Statement.INVOKES, "v", "c", m -> m);
            writeRels(rows, Statement.DEFINES, "v", "f", m -> m);
            writeRels(rows, Statement.CALLS, "a", "b", m -> m);
            writeRels(rows, Statement.CALLS_FOREIGN, "a", "b", m -> m);
            writeRels(rows, Statement.LINKS, "v", "l", m -> m);
            writeRels(rows, Statement.EXPORTS, "v", "f", m -> m);
            for (Object r : rows.rows(Statement.PROVIDED_BY)) {
                Map<String, Object> m = cast(r);
                if (seenProvided.add(m.get("f") + "\u0000" + m.get("l"))) {
                    relFiles.get("PROVIDED_BY").writeValues(m.get("f"), m.get("l"));
                }
            }
        }

        private void writeRels(VersionRows rows, Statement s, String from, String to,
                               java.util.function.Function<Map<String, Object>, Map<String, Object>> props) {
            CsvFile file = relFiles.get(s.label());
            for (Object r : rows.rows(s)) {
                Map<String, Object> m = cast(r);
                Map<String, Object> values = new HashMap<>(props.apply(m));
                values.remove(from);
                values.remove(to);
                values.put(CsvFile.START, m.get(from));
                values.put(CsvFile.END, m.get(to));
                file.write(values);
            }
        }

        /** Stubs never defined by any exported version: written last, so a definition always wins. */
        void finish() {
            for (Map.Entry<String, Map<String, Object>> e : new TreeMap<>(versionStubs).entrySet()) {
                if (!realVersions.contains(e.getKey())) {
                    versionsFile.write(e.getValue());
                    String crate = stubCrate.get(e.getKey());
                    if (crate != null) {
                        relFiles.get("VERSION_OF").writeValues(e.getKey(), crate);
                    }
                }
            }
            for (Map.Entry<String, Map<String, Object>> e : new TreeMap<>(functionStubs).entrySet()) {
                if (!definedFunctions.contains(e.getKey())) {
                    functions.write(e.getValue());
                }
            }
        }

        List<String> importArguments(Path abs) {
            List<String> args = new ArrayList<>(List.of("database", "import", "full", "neo4j", "--overwrite-destination=true",
                    "--id-type=string", "--array-delimiter=" + CsvFile.ARRAY_DELIMITER));
            nodeFiles.forEach((labelFile, f) -> {
                String label = labelFile.substring(0, labelFile.indexOf('='));
                args.add("--nodes=" + label + "=" + abs.resolve(f.fileName));
            });
            relFiles.forEach((type, f) -> args.add("--relationships=" + type + "=" + abs.resolve(f.fileName)));
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object o) {
        return (Map<String, Object>) o;
    }
}
