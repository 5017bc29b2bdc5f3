package dev.easel.queries;

import dev.easel.graph.db.TestGraphStores;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** csv and json get every row, a table the first 25 and a count of the rest; --limit 0 means none. */
class RowLimitTest {

    /** More rows than any default. */
    private static final int ROWS = 3 * QueryRunner.DEFAULT_LIMIT + 7;
    private static final QueryDefinition TOP_FOREIGN = QueryCatalog.load().get("top-foreign-functions");

    @BeforeAll
    static void manyForeignFunctions() {
        try (Session session = TestGraphStores.clean().session()) {
            session.run("""
                    CREATE (f:Function {id: 'many@1#caller', crate: 'many'})
                    WITH f UNWIND range(1, $rows) AS i
                    CREATE (f)-[:CALLS_FOREIGN {count: i}]->(:ForeignFunction {name: 'c_fn_' + i})""",
                    Map.of("rows", ROWS)).consume();
        }
    }

    private static QueryResult canned(RowLimit limit, Map<String, String> params) {
        try (Session session = TestGraphStores.shared().session()) {
            return QueryRunner.run(session, TOP_FOREIGN, params, limit);
        }
    }

    private static QueryResult adHoc(RowLimit limit) {
        try (Session session = TestGraphStores.shared().session()) {
            return AdHocQuery.run(session, "MATCH (f:ForeignFunction) RETURN f.name AS name", Map.of(), limit);
        }
    }

    @Test
    void machineFormatsGetEveryRowUnlessALimitIsGiven() {
        for (OutputFormat format : new OutputFormat[]{OutputFormat.CSV, OutputFormat.JSON}) {
            RowLimit limit = RowLimit.forOutput(OptionalInt.empty(), format);
            assertEquals(RowLimit.ALL, limit);
            QueryResult all = canned(limit, Map.of());
            assertEquals(ROWS, all.size());
            assertEquals(0, all.omitted());
            assertEquals("c_fn_" + ROWS, all.get(0, "function"), "ordered by call sites");
            assertEquals(ROWS + 1, ResultFormatter.format(all, format).split(format == OutputFormat.CSV ? "\r\n" : "\"function\"").length);
            assertEquals(ROWS, adHoc(limit).size());

            RowLimit ten = RowLimit.forOutput(OptionalInt.of(10), format);
            assertEquals(10, canned(ten, Map.of()).size());
            assertEquals(0, canned(ten, Map.of()).omitted(), "a limit the user chose is not counted past");
            assertEquals(10, adHoc(ten).size());
        }
    }

    @Test
    void aTableStopsAtTheDefaultAndCountsTheRest() {
        RowLimit table = RowLimit.forOutput(OptionalInt.empty(), OutputFormat.TABLE);
        for (QueryResult cut : new QueryResult[]{canned(table, Map.of()), adHoc(table)}) {
            assertEquals(QueryRunner.DEFAULT_LIMIT, cut.size());
            assertEquals(ROWS - QueryRunner.DEFAULT_LIMIT, cut.omitted());
        }
        QueryResult parameter = canned(table, Map.of("limit", "30"));
        assertEquals(QueryRunner.DEFAULT_LIMIT, parameter.size());
        assertEquals(5, parameter.omitted(), "-P limit=30 sets the query's own LIMIT");
    }

    @Test
    void zeroMeansNoLimitAndNegativeIsRefused() {
        RowLimit none = RowLimit.forOutput(OptionalInt.of(0), OutputFormat.TABLE);
        assertEquals(RowLimit.ALL, none);
        assertEquals(ROWS, canned(none, Map.of()).size());
        assertEquals(ROWS, adHoc(none).size());
        assertEquals("a row limit is 0 (no limit) or more, not -1", assertThrows(QueryException.class,
                () -> RowLimit.forOutput(OptionalInt.of(-1), OutputFormat.CSV)).getMessage());
    }
}
