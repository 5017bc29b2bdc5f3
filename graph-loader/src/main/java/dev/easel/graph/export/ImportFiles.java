package dev.easel.graph.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The CSV files of one import, written and closed: a file per node label and per relationship type (in
 * {@link dev.easel.graph.schema.GraphSchema} order, header-only when empty), the data rows of each, and which hold
 * line breaks inside values.
 *
 * @param dir           the folder holding them
 * @param nodes         label → file
 * @param relationships relationship type → file
 * @param rows          file name → data rows
 * @param multiline     files with a value spanning lines (the importer must be told)
 */
public record ImportFiles(Path dir, Map<String, Path> nodes, Map<String, Path> relationships, Map<String, Long> rows,
                          Set<Path> multiline) {

    public ImportFiles {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        relationships = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(relationships));
        rows = Map.copyOf(rows);
        multiline = java.util.Collections.unmodifiableSet(new TreeSet<>(multiline));
    }

    public long nodeRows() {
        return nodes.values().stream().mapToLong(p -> rows.getOrDefault(p.getFileName().toString(), 0L)).sum();
    }

    public long relationshipRows() {
        return relationships.values().stream().mapToLong(p -> rows.getOrDefault(p.getFileName().toString(), 0L)).sum();
    }

    /** Every file, nodes first. */
    public List<Path> all() {
        List<Path> out = new ArrayList<>(nodes.values());
        out.addAll(relationships.values());
        return out;
    }

    /** The arguments of {@code neo4j-admin} (from {@code database import full}) that import these files. */
    public List<String> arguments(ImportSettings settings) {
        List<String> args = new ArrayList<>(List.of("database", "import", "full", settings.database(),
                "--overwrite-destination=" + settings.overwrite(), "--id-type=string",
                "--array-delimiter=" + CsvFile.ARRAY_DELIMITER_OPTION,
                // beside the files, not in whatever folder the importer was started from
                "--report-file=" + settings.reportFile().toAbsolutePath(),
                "--skip-duplicate-nodes=" + settings.skipDuplicateNodes(),
                "--skip-bad-relationships=" + settings.skipBadRelationships()));
        if (settings.threads() > 0) {
            args.add("--threads=" + settings.threads());
        }
        if (settings.maxOffHeapMemory() != null) {
            args.add("--max-off-heap-memory=" + settings.maxOffHeapMemory());
        }
        if (!multiline.isEmpty()) {
            // v2 names the files whose values span lines; the others are read at full speed
            args.add("--multiline-fields-format=v2");
            args.add("--multiline-fields=" + multiline.stream().map(p -> p.toAbsolutePath().toString())
                    .collect(Collectors.joining(",")));
        }
        nodes.forEach((label, file) -> args.add("--nodes=" + label + "=" + file.toAbsolutePath()));
        relationships.forEach((type, file) -> args.add("--relationships=" + type + "=" + file.toAbsolutePath()));
        return args;
    }
}
