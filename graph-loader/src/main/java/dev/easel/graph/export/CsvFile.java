package dev.easel.graph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One CSV file in neo4j-admin import's format: a typed header ({@code count:long}, {@code features:string[]},
 * {@code :ID(Function)}), strings quoted with inner quotes doubled, arrays joined by {@link #ARRAY_DELIMITER}, and an
 * empty unquoted field for "no property". Gzipped when its name ends in {@code .gz} (the importer reads those as they
 * are). Line breaks inside values are kept; the file then says so ({@link #multiline()}), because the importer must
 * be told which files hold them (reading every file as multi-line is much slower).
 */
final class CsvFile implements AutoCloseable {

    /** A column: its header text and the row key it reads (null for the row itself, a plain string row). */
    record Column(String header, String key) {
        static Column of(String header) {
            if (header.startsWith(":START_ID")) {
                return new Column(header, START);
            }
            if (header.startsWith(":END_ID")) {
                return new Column(header, END);
            }
            int colon = header.indexOf(':');
            String key = colon < 0 ? header : header.substring(0, colon);
            return new Column(header, key);
        }
    }

    /**
     * Between the items of an array value: the ASCII unit separator, which no crate name, feature or path holds, so
     * arrays come back from the importer exactly as written (with {@code ;} a feature list item could split).
     */
    static final char ARRAY_DELIMITER = '\u001F';
    /** {@link #ARRAY_DELIMITER} as the importer's {@code --array-delimiter} option spells it. */
    static final String ARRAY_DELIMITER_OPTION = "U+001F";
    /** Row keys of a relationship's start and end node ids. */
    static final String START = ":start";
    static final String END = ":end";

    final String fileName;
    final Path path;
    private final List<Column> columns;
    private final BufferedWriter out;
    private long rows;
    private boolean multiline;

    CsvFile(Path dir, String fileName, List<String> headers) {
        this.fileName = fileName;
        this.path = dir.resolve(fileName);
        this.columns = headers.stream().map(Column::of).toList();
        this.out = CsvStreams.writer(path);
        try {
            out.write(String.join(",", headers));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** Writes one row; values are looked up by column key in {@code values}. */
    void write(Map<String, ?> values) {
        for (String key : values.keySet()) {
            if (values.get(key) != null && columns.stream().noneMatch(c -> c.key().equals(key))) {
                // a property the loader writes must have a column, or the two paths drift apart
                throw new IllegalStateException(fileName + " has no column for property '" + key + "'");
            }
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            append(line, values.get(columns.get(i).key()));
        }
        writeLine(line);
    }

    /** The position of the column reading {@code key}, for rows written with {@link #writeValues}. */
    int column(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalStateException(fileName + " has no column for '" + key + "'");
    }

    int columns() {
        return columns.size();
    }

    /** Writes a row of plain values in column order. */
    void writeValues(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(fileName + " has " + columns.size() + " columns, not " + values.length);
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            append(line, values[i]);
        }
        writeLine(line);
    }

    private void writeLine(StringBuilder line) {
        try {
            out.append(line).append('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    long rows() {
        return rows;
    }

    /** Whether a value held a line break. */
    boolean multiline() {
        return multiline;
    }

    private void append(StringBuilder line, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number || value instanceof Boolean) {
            line.append(value);
        } else if (value instanceof List<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object item : list) {
                if (!joined.isEmpty()) {
                    joined.append(ARRAY_DELIMITER);
                }
                joined.append(String.valueOf(item).replace(ARRAY_DELIMITER, ' '));
            }
            quote(line, joined.toString());
        } else {
            quote(line, value.toString());
        }
    }

    private void quote(StringBuilder line, String s) {
        line.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                line.append("\"\"");
            } else {
                if (c == '\n' || c == '\r') {
                    multiline = true;
                }
                line.append(c);
            }
        }
        line.append('"');
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + path, e);
        }
    }
}
