package dev.easel.graph.load;

/**
 * The batched writes of a load, each an {@code UNWIND $rows} statement. Values are always parameters. Nodes are
 * MERGEd on their unique keys; relationships a version owns are CREATEd, because the version's old ones were deleted
 * first ({@link Cleanup}); relationships nobody owns (VERSION_OF, PROVIDED_BY) are MERGEd.
 */
public enum Statement {
    CRATE(true, "Crate", "UNWIND $rows AS name MERGE (:Crate {name: name})"),
    VERSION(true, "Version", "UNWIND $rows AS r MERGE (v:Version {id: r.id}) SET v += r.props"),
    /** Versions known only as a resolved dependency: facts are set when that version itself is loaded. */
    VERSION_STUB(true, "Version", """
            UNWIND $rows AS r MERGE (v:Version {id: r.id})
            ON CREATE SET v.name = r.name, v.version = r.version, v.major = r.major, v.minor = r.minor,
                          v.patch = r.patch, v.pre = r.pre, v.analysed = false"""),
    FUNCTION(true, "Function", "UNWIND $rows AS r MERGE (f:Function {id: r.id}) SET f += r.props"),
    /** Another crate's function this version calls: attaches to the real node when that crate is loaded. */
    FUNCTION_STUB(true, "Function", """
            UNWIND $rows AS r MERGE (f:Function {id: r.id})
            ON CREATE SET f.name = r.name, f.crate = r.crate, f.version = r.version"""),
    FOREIGN_FUNCTION(true, "ForeignFunction", "UNWIND $rows AS name MERGE (:ForeignFunction {name: name})"),
    NATIVE_LIBRARY(true, "NativeLibrary", "UNWIND $rows AS name MERGE (:NativeLibrary {name: name})"),

    VERSION_OF(false, "VERSION_OF", """
            UNWIND $rows AS r MATCH (v:Version {id: r.v}) MATCH (c:Crate {name: r.c})
            MERGE (v)-[:VERSION_OF]->(c)"""),
    DEPENDS_ON(false, "DEPENDS_ON", """
            UNWIND $rows AS r MATCH (v:Version {id: r.v}) MATCH (c:Crate {name: r.c})
            CREATE (v)-[d:DEPENDS_ON]->(c) SET d = r.props"""),
    RESOLVED_TO(false, "RESOLVED_TO", """
            UNWIND $rows AS r MATCH (v:Version {id: r.v}) MATCH (t:Version {id: r.t})
            CREATE (v)-[:RESOLVED_TO {kind: r.kind}]->(t)"""),
    INVOKES(false, "INVOKES", """
            UNWIND $rows AS r MATCH (v:Version {id: r.v}) MATCH (c:Crate {name: r.c})
            CREATE (v)-[:INVOKES {calls: r.calls}]->(c)"""),
    DEFINES(false, "DEFINES", """
            UNWIND $rows AS r MATCH (v:Version {id: r.v}) MATCH (f:Function {id: r.f})
            CREATE (v)-[:DEFINES]->(f)"""),
    CALLS(false, "CALLS", """
            UNWIND $rows AS r MATCH (a:Function {id: r.a}) MATCH (b:Function {id: r.b})
            CREATE (a)-[:CALLS {kind: r.kind, count: r.count, provenance: r.provenance}]->(b)"""),
    CALLS_FOREIGN(false, "CALLS_FOREIGN", """
            UNWIND $rows AS r MATCH (a:Function {id: r.a}) MATCH (b:ForeignFunction {name: r.b})
            CREATE (a)-[:CALLS_FOREIGN {count: r.count}]->(b)"""),
    PROVIDED_BY(false, "PROVIDED_BY", """
            UNWIND $rows AS r MATCH (f:ForeignFunction {name: r.f}) MATCH (l:NativeLibrary {name: r.l})
            MERGE (f)-[:PROVIDED_BY]->(l)"""),
    LINKS(false, "LINKS", """
            UNWIND $rows AS r MATCH (v:Version {id: r.v}) MATCH (l:NativeLibrary {name: r.l})
            CREATE (v)-[:LINKS {kind: r.kind, via: r.via}]->(l)"""),
    EXPORTS(false, "EXPORTS", """
            UNWIND $rows AS r MATCH (v:Version {id: r.v}) MATCH (f:ForeignFunction {name: r.f})
            CREATE (v)-[:EXPORTS]->(f)""");

    final boolean node;
    /** Label or relationship type, for the report. */
    final String name;
    final String cypher;

    public boolean isNode() {
        return node;
    }

    /** The label or relationship type written. */
    public String label() {
        return name;
    }

    Statement(boolean node, String name, String cypher) {
        this.node = node;
        this.name = name;
        this.cypher = cypher;
    }
}
