package dev.easel.graph.export;

import dev.easel.graph.schema.NodeType;
import dev.easel.graph.schema.RelationshipType;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes import files from rows that are already graph properties (a node's properties with its key, a relationship's
 * with the keys of its ends), for readers of other formats than analyses: the gzipped CSV files, one per label and
 * relationship type of the schema, that {@link ImportFiles} hands to Neo4j's importer.
 */
public final class ImportRows implements AutoCloseable {

    private final ImportFileSet files;

    private ImportRows(Path dir) {
        this.files = new ImportFileSet(dir, true);
    }

    /** Gzipped import files in {@code dir}. */
    public static ImportRows compressed(Path dir) {
        return new ImportRows(dir);
    }

    /**
     * One node: {@code properties} holds its key.
     *
     * @throws IllegalStateException naming the property when the schema declares no such property
     */
    public void node(NodeType type, Map<String, ?> properties) {
        files.nodes(type).write(properties);
    }

    /**
     * One relationship from the node keyed {@code from} to the node keyed {@code to}.
     *
     * @throws IllegalStateException naming the property when the schema declares no such property
     */
    public void relationship(RelationshipType type, Object from, Object to, Map<String, ?> properties) {
        Map<String, Object> row = new HashMap<>(properties);
        row.put(CsvFile.START, from);
        row.put(CsvFile.END, to);
        files.relationships(type).write(row);
    }

    /** Closes the files and says what they hold. */
    public ImportFiles finish() {
        return files.finish();
    }

    /** The base name of a label's file ({@code ForeignFunction} → {@code foreign_functions}), as import files use. */
    public static String fileName(NodeType type) {
        return ImportFileSet.fileName(type);
    }

    /** The base name of a relationship type's file ({@code CALLS_FOREIGN} → {@code calls_foreign}). */
    public static String fileName(RelationshipType type) {
        return ImportFileSet.fileName(type);
    }

    @Override
    public void close() {
        files.close();
    }
}
