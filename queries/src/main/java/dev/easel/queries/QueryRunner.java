package dev.easel.queries;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Runs canned queries in read transactions. Parameter values only ever travel as driver parameters, typed from the
 * query's header; the Cypher text is never edited.
 */
public final class QueryRunner {

    /** Rows a list query returns when the caller gives no limit. */
    public static final int DEFAULT_LIMIT = 25;

    static final String AD_HOC = "ad-hoc query";
    private static final Consumer<TransactionContext> NO_CHECK = tx -> {
    };

    private QueryRunner() {
    }

    /** Runs a query on the driver's default database. */
    public static QueryResult run(Driver driver, QueryDefinition query, Map<String, String> rawParams, int limit) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return run(session, query, rawParams, limit);
        }
    }

    /**
     * Runs a query.
     *
     * @param rawParams parameter values as typed by a user; absent ones take their header default
     * @param limit     the {@code $limit} every list query takes; 0 or less means {@link #DEFAULT_LIMIT}
     * @throws QueryException on an unknown or missing parameter, a value of the wrong type, or a server error
     */
    public static QueryResult run(Session session, QueryDefinition query, Map<String, String> rawParams, int limit) {
        Map<String, Object> params = bind(query, rawParams, limit);
        return read(session, query.text(), params, RowLimit.ALL, "query '" + query.name() + "'", NO_CHECK);
    }

    /**
     * Runs a query and keeps the rows {@code rows} allows (a default cut counts the rest, see {@link RowLimit}).
     *
     * @param rawParams parameter values as typed by a user; absent ones take their header default; {@code limit}
     *                  given here beats {@code rows} as the query's {@code $limit}
     * @throws QueryException on an unknown or missing parameter, a value of the wrong type, or a server error
     */
    public static QueryResult run(Session session, QueryDefinition query, Map<String, String> rawParams, RowLimit rows) {
        Map<String, Object> params = bind(query, rawParams, rows);
        return read(session, query.text(), params, rows, "query '" + query.name() + "'", NO_CHECK);
    }

    /** Converts raw text to typed parameters, with defaults and {@code limit} (0 or less: {@link #DEFAULT_LIMIT}). */
    public static Map<String, Object> bind(QueryDefinition query, Map<String, String> rawParams, int limit) {
        return bindWithLimit(query, rawParams, limit > 0 ? limit : DEFAULT_LIMIT);
    }

    /** Converts raw text to typed parameters, with defaults and the {@code $limit} that {@code rows} asks for. */
    public static Map<String, Object> bind(QueryDefinition query, Map<String, String> rawParams, RowLimit rows) {
        return bindWithLimit(query, rawParams, rows.queryLimit());
    }

    private static Map<String, Object> bindWithLimit(QueryDefinition query, Map<String, String> rawParams, long limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String given : rawParams.keySet()) {
            if (query.param(given).isEmpty() && !given.equals("limit")) {
                TreeSet<String> known = new TreeSet<>();
                query.params().forEach(p -> known.add(p.name()));
                throw new QueryException("query '" + query.name() + "' has no parameter '" + given + "'"
                        + (known.isEmpty() ? " (it takes none)" : " (known: " + String.join(", ", known) + ")"));
            }
        }
        for (QueryParameter p : query.params()) {
            String raw = rawParams.get(p.name());
            if (raw == null) {
                raw = p.defaultValue();
            }
            if (raw == null) {
                throw new QueryException("query '" + query.name() + "' needs parameter '" + p.name() + "' ("
                        + p.type() + "): " + p.description());
            }
            try {
                params.put(p.name(), p.type().convert(raw));
            } catch (IllegalArgumentException e) {
                throw new QueryException("parameter '" + p.name() + "' of query '" + query.name() + "': " + e.getMessage());
            }
        }
        long effectiveLimit = limit;
        if (rawParams.containsKey("limit")) {
            try {
                effectiveLimit = Long.parseLong(rawParams.get("limit").trim());
            } catch (NumberFormatException e) {
                throw new QueryException("parameter 'limit' of query '" + query.name() + "': expected an int, got '"
                        + rawParams.get("limit") + "'");
            }
        }
        params.put("limit", effectiveLimit);
        return params;
    }

    /**
     * Runs Cypher in a read transaction, after {@code check} (which may refuse it by throwing a
     * {@link QueryException}) in the same transaction, and keeps the rows {@code limit} allows.
     *
     * @param what names the query in messages
     */
    static QueryResult read(Session session, String cypher, Map<String, Object> params, RowLimit limit, String what,
                            Consumer<TransactionContext> check) {
        try {
            return session.executeRead(tx -> {
                check.accept(tx);
                Result result = tx.run(cypher, params);
                List<String> columns = result.keys();
                List<List<Object>> rows = new ArrayList<>();
                while (result.hasNext() && (limit.max() == 0 || rows.size() < limit.max())) {
                    Record record = result.next();
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 0; i < columns.size(); i++) {
                        row.add(PlainValues.of(record.get(i)));
                    }
                    rows.add(row);
                }
                long omitted = 0;
                while (limit.countRest() && result.hasNext()) {
                    result.next();
                    omitted++;
                }
                result.consume();
                return new QueryResult(columns, rows, omitted);
            });
        } catch (ClientException e) {
            if (isWriteRefused(e)) {
                throw new QueryException(readOnlyMessage(what) + e.getMessage(), e);
            }
            throw new QueryException(what + " failed: " + e.getMessage(), e);
        } catch (Neo4jException e) {
            throw new QueryException(what + " failed: " + e.getMessage(), e);
        }
    }

    private static String readOnlyMessage(String what) {
        return what.equals(AD_HOC) ? "ad-hoc queries are read-only: " : what + " is read-only: ";
    }

    static boolean isWriteRefused(Neo4jException e) {
        String code = e.code() == null ? "" : e.code();
        return code.equals("Neo.ClientError.Statement.AccessMode")
                || code.equals("Neo.ClientError.Cluster.NotALeader")
                || code.equals("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase");
    }
}
