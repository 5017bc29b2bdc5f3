package dev.easel.analyzer.mir;

/** Scanning helpers for MIR's printed paths and operands, which nest {@code <…>}, {@code {…}}, {@code (…)}. */
final class MirText {
    private MirText() {
    }

    /**
     * Index of the first {@code target} char at bracket depth 0 from {@code from}, or -1. The arrow {@code ->} does
     * not close an angle bracket, and string and char literals are skipped.
     */
    static int indexAtDepth0(String s, int from, char target) {
        return indexOfAtDepth0(s, String.valueOf(target), from);
    }

    /** Index of the bracket closing the one opened at {@code open}, or -1 when the line ends first. */
    static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<', '{', '(', '[' -> depth++;
                case '>' -> {
                    if (s.charAt(i - 1) != '-') {
                        depth--;
                    }
                }
                case '}', ')', ']' -> depth--;
                case '"' -> i = endOfString(s, i);
                case '\'' -> i = endOfChar(s, i);
                default -> {
                }
            }
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the quote closing the string literal opened at {@code open} (or the last index if unclosed). */
    static int endOfString(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return s.length() - 1;
    }

    /**
     * Index of the quote closing the char literal opened at {@code open} ({@code const '<'}, {@code '\''},
     * a unicode escape), or {@code open} itself when the quote starts a lifetime ({@code 'static}, {@code 'a}).
     */
    static int endOfChar(String s, int open) {
        int first = open + 1;
        if (first >= s.length()) {
            return open;
        }
        if (s.charAt(first) == '\\') {
            for (int i = first + 2; i < s.length(); i++) {
                if (s.charAt(i) == '\'') {
                    return i;
                }
            }
            return open;
        }
        int close = first + Character.charCount(s.codePointAt(first));
        return close < s.length() && s.charAt(close) == '\'' ? close : open;
    }

    /** Index of {@code needle} at bracket depth 0, or -1. */
    static int indexOfAtDepth0(String s, String needle, int from) {
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (depth == 0 && s.startsWith(needle, i)) {
                return i;
            }
            switch (c) {
                case '<', '{', '(', '[' -> depth++;
                case '>' -> {
                    if (i == 0 || s.charAt(i - 1) != '-') {
                        depth--;
                    }
                }
                case '}', ')', ']' -> depth--;
                case '"' -> i = endOfString(s, i);
                case '\'' -> i = endOfChar(s, i);
                default -> {
                }
            }
        }
        return -1;
    }

    /** A MIR local operand: {@code _3}, {@code copy _3}, {@code move _3}. */
    static boolean isLocal(String operand) {
        String o = operand;
        if (o.startsWith("copy ")) {
            o = o.substring(5);
        } else if (o.startsWith("move ")) {
            o = o.substring(5);
        }
        if (o.length() < 2 || o.charAt(0) != '_') {
            return false;
        }
        for (int i = 1; i < o.length(); i++) {
            if (!Character.isDigit(o.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
