package dev.easel.queries;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

import java.util.Map;

/**
 * A user's own Cypher ({@code easel query --cypher '…'}), run in a READ transaction once {@link AdHocPlanCheck} has
 * found that it touches only the graph: the server refuses writes, and the refusal comes back as a
 * {@link QueryException} saying "ad-hoc queries are read-only: …"; LOAD CSV, server administration and procedures off
 * the allow-list come back as "ad-hoc queries read only the graph: …".
 */
public final class AdHocQuery {

    private AdHocQuery() {
    }

    /**
     * @param params driver parameters (the text may use {@code $name})
     * @param rows   the rows to keep
     */
    public static QueryResult run(Session session, String cypher, Map<String, Object> params, RowLimit rows) {
        if (cypher == null || cypher.isBlank()) {
            throw new QueryException("ad-hoc query is empty");
        }
        return QueryRunner.read(session, cypher, params, rows, QueryRunner.AD_HOC,
                tx -> AdHocPlanCheck.check(tx, cypher, params));
    }

    /**
     * @param params  driver parameters (the text may use {@code $name})
     * @param maxRows rows to keep at most, 0 for all
     */
    public static QueryResult run(Session session, String cypher, Map<String, Object> params, int maxRows) {
        return run(session, cypher, params, maxRows == 0 ? RowLimit.ALL : new RowLimit(maxRows, false));
    }

    /** Runs on the driver's default database, in a session opened for reading. */
    public static QueryResult run(Driver driver, String cypher, Map<String, Object> params, int maxRows) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return run(session, cypher, params, maxRows);
        }
    }
}
