package dev.easel.analyzer.ir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** LLVM textual identifiers and strings: {@code @name}, {@code @"quoted \XX name"}, {@code "string"}. */
final class LlvmNames {
    private LlvmNames() {
    }

    /** A name read from a line, and the index just past it. */
    record Token(String name, int end) {
    }

    /**
     * Reads the identifier whose sigil ('@' or '%') is at {@code at}.
     *
     * @return the unescaped name and its end, or null when no well-formed name follows the sigil
     */
    static Token readName(String s, int at) {
        int i = at + 1;
        if (i >= s.length()) {
            return null;
        }
        if (s.charAt(i) == '"') {
            int close = closingQuote(s, i + 1);
            return close < 0 ? null : new Token(unescape(s, i + 1, close), close + 1);
        }
        int start = i;
        while (i < s.length() && isNameChar(s.charAt(i))) {
            i++;
        }
        return i == start ? null : new Token(s.substring(start, i), i);
    }

    /** Index of the quote closing a string whose contents start at {@code from}; -1 when the line ends first. */
    static int closingQuote(String s, int from) {
        // Escapes are \XX (hex) or \\, neither of which contains a bare quote, so the next quote closes.
        return s.indexOf('"', from);
    }

    static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == '$' || c == '-';
    }

    /** Decodes {@code \XX} hex escapes (bytes of UTF-8) and {@code \\} in s[from, to). */
    static String unescape(String s, int from, int to) {
        int slash = s.indexOf('\\', from);
        if (slash < 0 || slash >= to) {
            return s.substring(from, to);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to && s.charAt(i + 1) == '\\') {
                bytes.write('\\');
                i++;
            } else if (c == '\\' && i + 2 < to && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                bytes.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 2;
            } else {
                bytes.write(c & 0xFF);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The value of {@code key: "..."} in a metadata line, unescaped, or null. */
    static String stringField(String line, String key) {
        int k = line.indexOf(key);
        if (k < 0 || k + key.length() >= line.length() || line.charAt(k + key.length()) != '"') {
            return null;
        }
        int open = k + key.length() + 1;
        int close = closingQuote(line, open);
        return close < 0 ? null : unescape(line, open, close);
    }

    /** The number in {@code key: 123} or {@code key: !123}, or -1. */
    static int numberField(String line, String key) {
        int k = line.indexOf(key);
        if (k < 0) {
            return -1;
        }
        int i = k + key.length();
        if (i < line.length() && line.charAt(i) == '!') {
            i++;
        }
        return parseDigits(line, i);
    }

    /** Non-negative decimal at s[i...], or -1 when there is none or it overflows an int. */
    static int parseDigits(String s, int i) {
        long v = 0;
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) {
                return -1;
            }
            i++;
        }
        return i == start ? -1 : (int) v;
    }
}
