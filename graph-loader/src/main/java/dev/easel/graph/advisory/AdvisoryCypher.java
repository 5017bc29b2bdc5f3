package dev.easel.graph.advisory;

/**
 * The statements of an advisory import. Values are always parameters; batched writes take {@code $rows}.
 * Relationships an import owns (CONCERNS, AFFECTS, NAMES, REACHES) are deleted and created again on every import,
 * so an import replaces the previous one's facts.
 */
final class AdvisoryCypher {

    private AdvisoryCypher() {
    }

    static final String MARK_IMPORTING = """
            MERGE (i:AdvisoryImport {id: 'rustsec'})
            SET i.state = 'importing', i.source = $source, i.started_at = datetime(), i.finished_at = null""";

    static final String MARK_COMPLETE = """
            MATCH (i:AdvisoryImport {id: 'rustsec'})
            SET i += $counts, i.state = 'complete', i.finished_at = datetime()""";

    /** The versions of the advisories' crates: {@code $names}. */
    static final String VERSIONS_OF_CRATES = """
            UNWIND $names AS name
            MATCH (:Crate {name: name})<-[:VERSION_OF]-(v:Version)
            RETURN name, v.id AS id, v.version AS version, coalesce(v.analysed, false) AS analysed""";

    /** The functions of crate versions: {@code $versions} rows {id, crates (package and lib spelling), version}. */
    static final String FUNCTIONS_OF_VERSIONS = """
            UNWIND $versions AS p
            MATCH (f:Function) WHERE f.crate IN p.crates AND f.version = p.version
            RETURN p.id AS version, f.id AS id, f.name AS name""";

    /** Which of {@code $names} are C functions of the graph. */
    static final String FOREIGN_FUNCTIONS = """
            UNWIND $names AS name
            MATCH (ff:ForeignFunction {name: name})
            RETURN name""";

    static final String DELETE_REMOVED_ADVISORIES = """
            MATCH (a:Advisory) WHERE NOT a.id IN $ids
            CALL (a) { DETACH DELETE a } IN TRANSACTIONS OF 1000 ROWS""";

    static final String DELETE_ADVISORY_FACTS = """
            MATCH (:Advisory)-[r:CONCERNS|AFFECTS|NAMES]->()
            CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS""";

    static final String DELETE_REACHES = """
            MATCH (:Version)-[r:REACHES]->(:Advisory)
            CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS""";

    static final String UPSERT_ADVISORIES = """
            UNWIND $rows AS r
            MERGE (a:Advisory {id: r.id})
            SET a = r.props""";

    static final String CONCERNS = """
            UNWIND $rows AS r
            MATCH (a:Advisory {id: r.a}) MATCH (c:Crate {name: r.c})
            CREATE (a)-[:CONCERNS]->(c)""";

    static final String AFFECTS = """
            UNWIND $rows AS r
            MATCH (a:Advisory {id: r.a}) MATCH (v:Version {id: r.v})
            CREATE (a)-[:AFFECTS]->(v)""";

    static final String NAMES = """
            UNWIND $rows AS r
            MATCH (a:Advisory {id: r.a}) MATCH (f:Function {id: r.f})
            CREATE (a)-[:NAMES {path: r.path, requirement: r.requirement, rule: r.rule}]->(f)""";

    /**
     * Reach inputs: every function an advisory names, with the path naming it, its owning version and its crate (a
     * function one advisory names may be where a version's path to another advisory starts).
     */
    static final String NAMED_FUNCTIONS = """
            MATCH (a:Advisory)-[n:NAMES]->(f:Function)
            RETURN a.id AS advisory, n.path AS path, f.id AS function, f.owner AS owner, f.crate AS crate""";

    /**
     * Reach inputs: analysed versions that resolved to a version an advisory naming functions affects (not the
     * affected crate itself).
     */
    static final String EXPOSED_VERSIONS = """
            MATCH (a:Advisory)-[:AFFECTS]->(t:Version)<-[:RESOLVED_TO]-(v:Version)
            WHERE v.analysed AND v.name <> t.name AND EXISTS { (a)-[:NAMES]->(:Function) }
            RETURN DISTINCT v.id AS version, v.name AS crate, a.id AS advisory""";

    /**
     * Reach input, one step of a walk backwards from the named functions: the callers of {@code $ids}, with the
     * version that owns each and its crate (a version's own functions are where its paths start).
     */
    static final String CALLERS = """
            UNWIND $ids AS id
            MATCH (:Function {id: id})<-[:CALLS]-(a:Function)
            RETURN id AS callee, a.id AS caller, a.owner AS owner, a.crate AS crate""";

    /** Names and crates of the functions on the reach paths: {@code $ids}. */
    static final String FUNCTION_LABELS = """
            UNWIND $ids AS id
            MATCH (f:Function {id: id})
            RETURN id, f.name AS name, f.crate AS crate, f.version AS version""";

    static final String REACHES = """
            UNWIND $rows AS r
            MATCH (v:Version {id: r.v}) MATCH (a:Advisory {id: r.a})
            CREATE (v)-[:REACHES {length: r.length, path: r.path, crates: r.crates, function: r.function,
                                  functions: r.functions, via: r.via}]->(a)""";
}
