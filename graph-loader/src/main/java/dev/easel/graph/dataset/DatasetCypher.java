package dev.easel.graph.dataset;

import dev.easel.graph.schema.GraphSchema;
import dev.easel.graph.schema.NodeType;
import dev.easel.graph.schema.RelationshipType;

/**
 * The reads of an export, written from the {@link GraphSchema} declaration they read (as the loader's statements are):
 * labels and types come from the schema, never from input. Each streams through the driver, a page of records at a
 * time, so no side holds the whole graph.
 */
final class DatasetCypher {

    static final String NODES_IN_GRAPH = "MATCH (n) RETURN count(n) AS n";
    static final String RELATIONSHIPS_IN_GRAPH = "MATCH ()-[r]->() RETURN count(r) AS n";
    static final String RUSTC_VERSIONS = "MATCH (v:Version) WHERE v.rustc IS NOT NULL"
            + " RETURN DISTINCT v.rustc AS value ORDER BY value";
    static final String UNSAFE_RULES = "MATCH (v:Version) WHERE v.unsafe_rules IS NOT NULL"
            + " RETURN DISTINCT v.unsafe_rules AS value ORDER BY value";

    private DatasetCypher() {
    }

    /** Every node of the label with its properties, in key order (the key's unique index gives that order). */
    static String nodes(NodeType type) {
        return "MATCH (n:" + type.label() + ") WHERE n." + type.key().name() + " IS NOT NULL"
                + " RETURN properties(n) AS props ORDER BY n." + type.key().name();
    }

    /** Every relationship of the type between its declared labels, with the keys of its ends. */
    static String relationships(RelationshipType type) {
        return "MATCH (a:" + type.from().label() + ")-[r:" + type.type() + "]->(b:" + type.to().label() + ")"
                + " RETURN a." + type.from().key().name() + " AS from, b." + type.to().key().name() + " AS to,"
                + " properties(r) AS props";
    }
}
