package dev.easel.queries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a {@link QueryResult} as an aligned text table, CSV or JSON. */
public final class ResultFormatter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultFormatter() {
    }

    public static String format(QueryResult result, OutputFormat format) {
        return switch (format) {
            case TABLE -> table(result);
            case CSV -> csv(result);
            case JSON -> json(result);
        };
    }

    /**
     * Columns padded to their widest cell, numbers right-aligned, a dashed rule under the header and a row count
     * at the end.
     */
    public static String table(QueryResult result) {
        int n = result.columns().size();
        List<String[]> cells = new ArrayList<>();
        boolean[] numeric = new boolean[n];
        java.util.Arrays.fill(numeric, true);
        int[] width = new int[n];
        for (int c = 0; c < n; c++) {
            width[c] = result.columns().get(c).length();
        }
        for (List<Object> row : result.rows()) {
            String[] texts = new String[n];
            for (int c = 0; c < n; c++) {
                Object v = row.get(c);
                texts[c] = text(v);
                if (v != null && !(v instanceof Number)) {
                    numeric[c] = false;
                }
                width[c] = Math.max(width[c], texts[c].length());
            }
            cells.add(texts);
        }
        StringBuilder out = new StringBuilder();
        String[] header = result.columns().toArray(String[]::new);
        appendRow(out, header, width, new boolean[n]);
        String[] rule = new String[n];
        for (int c = 0; c < n; c++) {
            rule[c] = "-".repeat(width[c]);
        }
        appendRow(out, rule, width, new boolean[n]);
        for (String[] texts : cells) {
            appendRow(out, texts, width, numeric);
        }
        out.append('(').append(result.size()).append(result.size() == 1 ? " row)" : " rows)").append('\n');
        return out.toString();
    }

    private static void appendRow(StringBuilder out, String[] texts, int[] width, boolean[] rightAlign) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < texts.length; c++) {
            if (c > 0) {
                line.append("  ");
            }
            String pad = " ".repeat(width[c] - texts[c].length());
            line.append(rightAlign[c] ? pad + texts[c] : texts[c] + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** RFC 4180: a header line, fields quoted when they hold a comma, quote or line break; lists joined by "; ". */
    public static String csv(QueryResult result) {
        StringBuilder out = new StringBuilder();
        out.append(result.columns().stream().map(ResultFormatter::csvField).collect(Collectors.joining(","))).append("\r\n");
        for (List<Object> row : result.rows()) {
            out.append(row.stream().map(v -> csvField(v == null ? "" : csvText(v))).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String csvText(Object v) {
        if (v instanceof List<?> list) {
            return list.stream().map(ResultFormatter::text).collect(Collectors.joining("; "));
        }
        return text(v);
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** An array of objects, one per row, keys in column order, values keeping their JSON types. */
    public static String json(QueryResult result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> row : result.rows()) {
            Map<String, Object> obj = new LinkedHashMap<>();
            for (int c = 0; c < result.columns().size(); c++) {
                obj.put(result.columns().get(c), row.get(c));
            }
            rows.add(obj);
        }
        try {
            return JSON.writeValueAsString(rows) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** One cell as text: lists joined by ", ", doubles without a trailing ".0" noise, null as empty. */
    public static String text(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.toString();
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(ResultFormatter::text).collect(Collectors.joining(", "));
        }
        return v.toString();
    }
}
