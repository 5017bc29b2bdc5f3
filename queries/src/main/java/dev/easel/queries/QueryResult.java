package dev.easel.queries;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows of plain Java values (Long, Double, Boolean, String, List, Map, or null), in column order.
 *
 * @param columns column names
 * @param rows    one list per row, each as long as {@code columns}
 * @param omitted rows the query returned beyond those kept, when a {@link RowLimit} cut them and counted them
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, long omitted) {

    /** Every row the query returned. */
    public QueryResult(List<String> columns, List<List<Object>> rows) {
        this(columns, rows, 0);
    }

    public QueryResult {
        if (omitted < 0) {
            throw new IllegalArgumentException("omitted rows cannot be negative: " + omitted);
        }
        columns = List.copyOf(columns);
        // rows may hold nulls, which List.copyOf refuses
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
    }

    public int size() {
        return rows.size();
    }

    public int columnIndex(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + column + "' (columns: " + String.join(", ", columns) + ")");
        }
        return i;
    }

    /** The value of a column in a row. */
    public Object get(int row, String column) {
        return rows.get(row).get(columnIndex(column));
    }

    /** A numeric cell as a long (0 for null). */
    public long getLong(int row, String column) {
        Object v = get(row, column);
        return v == null ? 0 : ((Number) v).longValue();
    }

    /** A numeric cell as a double (0 for null). */
    public double getDouble(int row, String column) {
        Object v = get(row, column);
        return v == null ? 0 : ((Number) v).doubleValue();
    }
}
