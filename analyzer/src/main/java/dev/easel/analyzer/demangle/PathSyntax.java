package dev.easel.analyzer.demangle;

import java.util.ArrayList;
import java.util.List;

/**
 * The bracket-aware syntax of a demangled Rust path, shared by the call-graph extractor (keys of MIR and IR paths) and
 * the advisory matcher (paths named by advisories): {@code ::} and {@code as} count only outside {@code <>()[]{}}, and
 * the {@code >} of an arrow {@code ->} closes nothing.
 */
public final class PathSyntax {
    private PathSyntax() {
    }

    /** Splits at {@code ::} outside brackets; segments as written, empty ones dropped. */
    public static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (opens(c)) {
                depth++;
            } else if (closes(path, i)) {
                depth--;
            } else if (depth == 0 && c == ':' && i + 1 < path.length() && path.charAt(i + 1) == ':') {
                out.add(path.substring(start, i));
                start = i + 2;
                i++;
            }
        }
        out.add(path.substring(start));
        out.removeIf(String::isEmpty);
        return out;
    }

    /** Where {@code " as "} stands outside brackets in a qualified form such as {@code T as Trait}, or -1. */
    public static int indexOfAs(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            if (depth == 0 && s.startsWith(" as ", i)) {
                return i;
            }
            if (opens(s.charAt(i))) {
                depth++;
            } else if (closes(s, i)) {
                depth--;
            }
        }
        return -1;
    }

    private static boolean opens(char c) {
        return c == '<' || c == '(' || c == '[' || c == '{';
    }

    private static boolean closes(String s, int i) {
        char c = s.charAt(i);
        return (c == '>' && (i == 0 || s.charAt(i - 1) != '-')) || c == ')' || c == ']' || c == '}';
    }
}
