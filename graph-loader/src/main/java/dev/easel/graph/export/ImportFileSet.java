package dev.easel.graph.export;

import dev.easel.graph.schema.GraphSchema;
import dev.easel.graph.schema.NodeType;
import dev.easel.graph.schema.RelationshipType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The open CSV files of an import being written: one per node label and relationship type of {@link GraphSchema},
 * with the headers the schema declares, plain or gzipped.
 */
final class ImportFileSet implements AutoCloseable {

    private final Path dir;
    private final Map<NodeType, CsvFile> nodes = new LinkedHashMap<>();
    private final Map<RelationshipType, CsvFile> relationships = new LinkedHashMap<>();
    private boolean closed;

    ImportFileSet(Path dir, boolean compressed) {
        this.dir = dir;
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        String ext = compressed ? ".csv.gz" : ".csv";
        for (NodeType n : GraphSchema.NODES) {
            nodes.put(n, new CsvFile(dir, fileName(n) + ext, n.csvHeaders()));
        }
        for (RelationshipType r : GraphSchema.RELATIONSHIPS) {
            relationships.put(r, new CsvFile(dir, fileName(r) + ext, r.csvHeaders()));
        }
    }

    /** ForeignFunction → foreign_functions (the file names the import command has always used). */
    static String fileName(NodeType type) {
        String snake = type.label().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        return snake.endsWith("y") ? snake.substring(0, snake.length() - 1) + "ies" : snake + "s";
    }

    static String fileName(RelationshipType type) {
        return type.type().toLowerCase(Locale.ROOT);
    }

    CsvFile nodes(NodeType type) {
        return nodes.get(type);
    }

    CsvFile relationships(RelationshipType type) {
        return relationships.get(type);
    }

    /** Closes every file and says what was written. */
    ImportFiles finish() {
        close();
        Map<String, Path> nodeFiles = new LinkedHashMap<>();
        Map<String, Path> relFiles = new LinkedHashMap<>();
        Map<String, Long> rows = new HashMap<>();
        Set<Path> multiline = new HashSet<>();
        nodes.forEach((type, f) -> {
            nodeFiles.put(type.label(), f.path);
            note(f, rows, multiline);
        });
        relationships.forEach((type, f) -> {
            relFiles.put(type.type(), f.path);
            note(f, rows, multiline);
        });
        return new ImportFiles(dir, nodeFiles, relFiles, rows, multiline);
    }

    private static void note(CsvFile f, Map<String, Long> rows, Set<Path> multiline) {
        rows.put(f.fileName, f.rows());
        if (f.multiline()) {
            multiline.add(f.path);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException first = null;
        for (CsvFile f : all()) {
            try {
                f.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private Iterable<CsvFile> all() {
        java.util.List<CsvFile> out = new java.util.ArrayList<>(nodes.values());
        out.addAll(relationships.values());
        return out;
    }
}
