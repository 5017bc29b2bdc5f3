package dev.easel.graph.load;

/**
 * Cypher that removes what one version's earlier load wrote, so a load replaces facts instead of adding to them,
 * and so a load interrupted halfway can be rolled back. Function nodes are found by {@code owner} (set in the node
 * phase, before any relationship), not by DEFINES, so even a load killed before its DEFINES were written is undone.
 * Function nodes themselves stay until the new load is written: other crates' CALLS into them must survive a
 * re-analysis; {@link #ORPHAN_FUNCTIONS} then removes the ones no longer defined nor called.
 */
final class Cleanup {

    private Cleanup() {
    }

    /** Returns the ids of versions that did not exist before: nothing of theirs to remove. */
    static final String MARK_LOADING = """
            UNWIND $ids AS id
            OPTIONAL MATCH (old:Version {id: id})
            WITH id, old IS NULL AS fresh
            MERGE (v:Version {id: id}) SET v.load_state = 'loading'
            RETURN id, fresh""";

    static final String FUNCTION_EDGES = """
            MATCH (f:Function {owner: $id})
            CALL (f) { MATCH (f)-[r:CALLS|CALLS_FOREIGN]->() DELETE r } IN TRANSACTIONS OF 2000 ROWS""";

    static final String DEFINES = """
            MATCH (:Version {id: $id})-[r:DEFINES]->()
            CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS""";

    static final String VERSION_EDGES = """
            MATCH (:Version {id: $id})-[r:DEPENDS_ON|RESOLVED_TO|INVOKES|LINKS|EXPORTS]->() DELETE r""";

    /** A source-only analysis replaces only the facts it carries. */
    static final String VERSION_FACT_EDGES = """
            MATCH (:Version {id: $id})-[r:DEPENDS_ON|LINKS]->() DELETE r""";

    /**
     * Of the given ids, the versions holding an analysis fuller than a dependency scan: built or a crate of a
     * source-only run (and, loaded before {@code analysis} existed, built or scanned as a crate of a run).
     */
    static final String FULLER_ANALYSES = """
            UNWIND $ids AS id
            MATCH (v:Version {id: id})
            WHERE v.analysis IN ['build', 'source']
               OR (v.analysis IS NULL AND (v.analysed OR v.unsafe_total IS NOT NULL))
            RETURN v.id AS id""";

    static final String ORPHAN_FUNCTIONS = """
            MATCH (f:Function {owner: $id})
            WHERE NOT EXISTS { (:Version {id: $id})-[:DEFINES]->(f) }
            CALL (f) {
              OPTIONAL MATCH (f)<-[c:CALLS]-()
              WITH f, count(c) AS callers
              FOREACH (_ IN CASE WHEN callers = 0 THEN [1] ELSE [] END | DETACH DELETE f)
              FOREACH (_ IN CASE WHEN callers > 0 THEN [1] ELSE [] END | REMOVE f.owner)
            } IN TRANSACTIONS OF 2000 ROWS""";

    static final String MARK_COMPLETE = """
            UNWIND $ids AS id MATCH (v:Version {id: id}) SET v.load_state = 'complete', v.load_error = null""";

    static final String MARK_FAILED = """
            MATCH (v:Version {id: $id}) SET v.load_state = 'failed', v.load_error = $reason""";

    static final String INTERRUPTED = """
            MATCH (v:Version) WHERE v.load_state = 'loading' RETURN v.id AS id ORDER BY id""";
}
