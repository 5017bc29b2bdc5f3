package dev.easel.graph.load;

import dev.easel.graph.schema.GraphSchema;
import dev.easel.graph.schema.NodeType;
import dev.easel.graph.schema.RelationshipType;

import java.util.Set;

/**
 * The batched writes of a load, each an {@code UNWIND $rows} statement written from the {@link GraphSchema}
 * declaration it writes; values are always parameters. Nodes are MERGEd on their unique keys; relationships a version
 * owns are CREATEd, because the version's old ones were deleted first ({@link Cleanup}); shared relationships
 * (VERSION_OF, PROVIDED_BY) are MERGEd. Rows are {@link Row}s.
 */
public enum Statement {
    CRATE(GraphSchema.CRATE, NodeWrite.KEY_ONLY),
    VERSION(GraphSchema.VERSION, NodeWrite.SET),
    /** Versions known only as a resolved dependency: facts are set when that version itself is loaded. */
    VERSION_STUB(GraphSchema.VERSION, NodeWrite.SET_ON_CREATE),
    FUNCTION(GraphSchema.FUNCTION, NodeWrite.SET),
    /** Another crate's function this version calls: attaches to the real node when that crate is loaded. */
    FUNCTION_STUB(GraphSchema.FUNCTION, NodeWrite.SET_ON_CREATE),
    FOREIGN_FUNCTION(GraphSchema.FOREIGN_FUNCTION, NodeWrite.SET),
    NATIVE_LIBRARY(GraphSchema.NATIVE_LIBRARY, NodeWrite.KEY_ONLY),

    VERSION_OF(GraphSchema.VERSION_OF),
    DEPENDS_ON(GraphSchema.DEPENDS_ON),
    RESOLVED_TO(GraphSchema.RESOLVED_TO),
    INVOKES(GraphSchema.INVOKES),
    DEFINES(GraphSchema.DEFINES),
    CALLS(GraphSchema.CALLS),
    CALLS_FOREIGN(GraphSchema.CALLS_FOREIGN),
    PROVIDED_BY(GraphSchema.PROVIDED_BY),
    LINKS(GraphSchema.LINKS),
    EXPORTS(GraphSchema.EXPORTS);

    /** How a node statement treats properties of a node that exists already. */
    enum NodeWrite { KEY_ONLY, SET, SET_ON_CREATE }

    /** The node type written, or null for a relationship statement. */
    final NodeType nodeType;
    /** The relationship type written, or null for a node statement. */
    final RelationshipType relationshipType;
    final String cypher;

    Statement(NodeType node, NodeWrite write) {
        this.nodeType = node;
        this.relationshipType = null;
        String merge = "UNWIND $rows AS r MERGE (n:" + node.label() + " {" + node.key().name() + ": r.key})";
        this.cypher = switch (write) {
            case KEY_ONLY -> merge;
            case SET -> merge + " SET n += r.props";
            case SET_ON_CREATE -> merge + " ON CREATE SET n += r.props";
        };
    }

    Statement(RelationshipType rel) {
        this.nodeType = null;
        this.relationshipType = rel;
        String create = (rel.owned() ? "CREATE" : "MERGE") + " (a)-[x:" + rel.type() + "]->(b)";
        this.cypher = "UNWIND $rows AS r MATCH (a:" + rel.from().label() + " {" + rel.from().key().name()
                + ": r.from}) MATCH (b:" + rel.to().label() + " {" + rel.to().key().name() + ": r.to}) " + create
                + (rel.properties().isEmpty() ? "" : " SET x = r.props");
    }

    /** The node type written, or null for a relationship statement. */
    public NodeType nodeType() {
        return nodeType;
    }

    /** The relationship type written, or null for a node statement. */
    public RelationshipType relationshipType() {
        return relationshipType;
    }

    /** True for node statements. */
    public boolean writesNodes() {
        return nodeType != null;
    }

    /** Rows written once however many versions carry them: nodes and shared relationships. */
    public boolean shared() {
        return nodeType != null || !relationshipType.owned();
    }

    /** The label or relationship type written. */
    public String label() {
        return nodeType != null ? nodeType.label() : relationshipType.type();
    }

    void requireDeclared(Set<String> properties) {
        if (nodeType != null) {
            nodeType.requireDeclared(properties);
        } else {
            relationshipType.requireDeclared(properties);
        }
    }
}
