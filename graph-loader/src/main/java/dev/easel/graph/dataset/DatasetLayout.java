package dev.easel.graph.dataset;

import dev.easel.graph.export.ImportRows;
import dev.easel.graph.schema.GraphSchema;
import dev.easel.graph.schema.NodeType;
import dev.easel.graph.schema.RelationshipType;

import java.util.Optional;

/**
 * Where each label and relationship type goes in a dataset and how a line is shaped: a node line is the node's
 * properties (its key among them); a relationship line is {@code {"from": <start key>, "to": <end key>,
 * "properties": {…}}}. File names are those of the import files, with {@code .jsonl.gz}.
 */
final class DatasetLayout {

    static final String EXTENSION = ".jsonl.gz";
    static final String FROM = "from";
    static final String TO = "to";
    static final String PROPERTIES = "properties";
    static final String README = "README.md";

    private DatasetLayout() {
    }

    static String file(NodeType type) {
        return ImportRows.fileName(type) + EXTENSION;
    }

    static String file(RelationshipType type) {
        return ImportRows.fileName(type) + EXTENSION;
    }

    static Optional<NodeType> node(String label) {
        return GraphSchema.NODES.stream().filter(n -> n.label().equals(label)).findFirst();
    }

    static Optional<RelationshipType> relationship(String type) {
        return GraphSchema.RELATIONSHIPS.stream().filter(r -> r.type().equals(type)).findFirst();
    }
}
