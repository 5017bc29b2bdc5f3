package dev.easel.queries;

import java.util.Locale;

/** How a {@link QueryResult} is printed: {@code table} (aligned, for terminals), {@code csv} (RFC 4180) or {@code json}. */
public enum OutputFormat {
    TABLE, CSV, JSON;

    public static OutputFormat parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new QueryException("unknown format '" + text + "' (known: table, csv, json)");
        }
    }
}
