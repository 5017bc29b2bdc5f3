package dev.easel.queries;

import java.util.OptionalInt;

/**
 * How many rows a query hands back. Machine formats (csv, json) get every row unless a limit is given; a table stops
 * at {@link QueryRunner#DEFAULT_LIMIT} rows and counts the rest ({@link QueryResult#omitted()}) so the caller can say
 * what it left out.
 *
 * @param max       rows kept at most; 0 for every row
 * @param countRest whether rows beyond {@code max} are still read and counted (a default cut), rather than never
 *                  asked of the server (a limit the user chose)
 */
public record RowLimit(int max, boolean countRest) {

    /** Every row. */
    public static final RowLimit ALL = new RowLimit(0, false);

    public RowLimit {
        if (max < 0) {
            throw new QueryException("a row limit is 0 (no limit) or more, not " + max);
        }
    }

    /**
     * The limit for an output: the one given (0: none), else none for csv and json, and the default cut for a table.
     *
     * @throws QueryException on a negative limit
     */
    public static RowLimit forOutput(OptionalInt given, OutputFormat format) {
        if (given.isPresent()) {
            return given.getAsInt() == 0 ? ALL : new RowLimit(given.getAsInt(), false);
        }
        return format == OutputFormat.TABLE ? new RowLimit(QueryRunner.DEFAULT_LIMIT, true) : ALL;
    }

    /** The {@code $limit} of a canned list query: the limit itself, or none when the rest is counted here. */
    long queryLimit() {
        return max == 0 || countRest ? Long.MAX_VALUE : max;
    }
}
