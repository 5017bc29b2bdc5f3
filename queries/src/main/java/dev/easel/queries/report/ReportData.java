package dev.easel.queries.report;

import dev.easel.queries.QueryCatalog;
import dev.easel.queries.QueryResult;
import dev.easel.queries.QueryRunner;
import org.neo4j.driver.Session;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The query results a report is drawn from, each from the canned query of the same name (so the report and
 * {@code easel query} never disagree).
 */
public record ReportData(
        QueryResult summary,
        QueryResult unsafeShare,
        QueryResult unsafeDistribution,
        QueryResult topUnsafeCrates,
        QueryResult nativeLibraries,
        QueryResult ffiExposure,
        QueryResult topForeignFunctions,
        QueryResult bundledNativeCode,
        QueryResult sysCrates,
        QueryResult buildOutcomes,
        QueryResult buildFailures,
        QueryResult failedDependencies,
        QueryResult missingLibraries,
        QueryResult downloadShares,
        QueryResult buildScriptCensus,
        QueryResult buildScriptsReachingOut,
        QueryResult advisoryExposure,
        QueryResult vulnerableReach,
        QueryResult nativeAdvisories) {

    /** Rows the report's top-N tables and charts show. */
    public static final int TOP = 15;

    /** Every advisory's row, for the section's totals (the table shows the first {@link #TOP}). */
    static final int ALL_ADVISORIES = 1_000_000;

    public static ReportData fetch(Supplier<Session> sessions, QueryCatalog catalog) {
        return new ReportData(
                run(sessions, catalog, "summary", TOP),
                run(sessions, catalog, "unsafe-share", TOP),
                run(sessions, catalog, "unsafe-distribution", TOP),
                run(sessions, catalog, "top-unsafe-crates", TOP),
                run(sessions, catalog, "native-libraries-by-dependents", TOP),
                run(sessions, catalog, "ffi-exposure", TOP),
                run(sessions, catalog, "top-foreign-functions", TOP),
                run(sessions, catalog, "bundled-native-code", TOP),
                run(sessions, catalog, "sys-crates", TOP),
                run(sessions, catalog, "build-outcomes", TOP),
                run(sessions, catalog, "build-failures", TOP),
                run(sessions, catalog, "failed-dependencies", TOP),
                run(sessions, catalog, "missing-native-libraries", TOP),
                run(sessions, catalog, "download-shares", TOP),
                run(sessions, catalog, "build-script-census", TOP),
                run(sessions, catalog, "build-scripts-reaching-out", TOP),
                run(sessions, catalog, "advisory-exposure", ALL_ADVISORIES),
                run(sessions, catalog, "vulnerable-reach", TOP),
                run(sessions, catalog, "native-advisories", TOP));
    }

    private static QueryResult run(Supplier<Session> sessions, QueryCatalog catalog, String name, int limit) {
        try (Session session = sessions.get()) {
            return QueryRunner.run(session, catalog.get(name), Map.of(), limit);
        }
    }

    /** A summary metric by its name, 0 when absent. */
    public long metric(String name) {
        for (var row : summary.rows()) {
            if (name.equals(row.get(0)) && row.get(1) instanceof Number n) {
                return n.longValue();
            }
        }
        return 0;
    }
}
