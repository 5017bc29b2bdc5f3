package dev.easel.queries;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The types a query header may declare for a parameter; raw command-line text is converted to the driver value. */
public enum ParamType {
    INT, STRING, BOOL, LIST;

    /** Parses the header's spelling: {@code int}, {@code string}, {@code bool}, {@code list}. */
    public static ParamType parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown parameter type '" + text.trim() + "' (known: int, string, bool, list)");
        }
    }

    /**
     * Converts raw text to the value passed to the driver.
     *
     * @throws IllegalArgumentException naming the expected type when the text does not fit
     */
    public Object convert(String raw) {
        switch (this) {
            case INT:
                try {
                    return Long.parseLong(raw.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("expected an int, got '" + raw + "'");
                }
            case BOOL:
                String b = raw.trim().toLowerCase(Locale.ROOT);
                if (b.equals("true") || b.equals("yes") || b.equals("1")) {
                    return Boolean.TRUE;
                }
                if (b.equals("false") || b.equals("no") || b.equals("0")) {
                    return Boolean.FALSE;
                }
                throw new IllegalArgumentException("expected a bool (true/false), got '" + raw + "'");
            case LIST:
                // comma-separated strings; an empty text is the empty list
                if (raw.isBlank()) {
                    return List.of();
                }
                return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            case STRING:
            default:
                return raw;
        }
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
