package dev.easel.analyzer.index;

import java.util.ArrayList;
import java.util.List;

/** Decodes PostgreSQL's text forms as {@code COPY ... CSV} writes them: booleans and one-dimensional arrays. */
final class PgText {

    private PgText() {
    }

    /** {@code t}/{@code f} (and true/false); anything else is an error naming the value. */
    static boolean bool(String s) {
        return switch (s) {
            case "t", "true", "TRUE" -> true;
            case "f", "false", "FALSE" -> false;
            default -> throw new IllegalArgumentException("not a boolean: '" + s + "'");
        };
    }

    /** Empty (SQL NULL in CSV) becomes null. */
    static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * A text[] literal: {@code {}}, {@code {a,b}}, {@code {"with,comma","with \"quote\""}}. Elements are quoted when
     * they hold separators, quotes, backslashes or spaces; an unquoted {@code NULL} is SQL NULL and is dropped.
     */
    static List<String> array(String s) {
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
            throw new IllegalArgumentException("not an array: '" + s + "'");
        }
        List<String> out = new ArrayList<>();
        int i = 1;
        int end = s.length() - 1;
        if (i == end) {
            return out;
        }
        StringBuilder el = new StringBuilder();
        while (i <= end) {
            el.setLength(0);
            boolean quoted = i < end && s.charAt(i) == '"';
            if (quoted) {
                i++;
                while (i < end && s.charAt(i) != '"') {
                    char c = s.charAt(i);
                    if (c == '\\' && i + 1 < end) {
                        c = s.charAt(++i);
                    }
                    el.append(c);
                    i++;
                }
                if (i >= end) {
                    throw new IllegalArgumentException("unterminated quote in array: '" + s + "'");
                }
                i++; // closing quote
                out.add(el.toString());
            } else {
                while (i < end && s.charAt(i) != ',') {
                    el.append(s.charAt(i++));
                }
                String v = el.toString().trim();
                if (!v.equals("NULL")) {
                    out.add(v);
                }
            }
            if (i < end && s.charAt(i) != ',') {
                throw new IllegalArgumentException("bad array element separator in '" + s + "'");
            }
            i++; // the ',' or the closing '}'
        }
        return out;
    }
}
