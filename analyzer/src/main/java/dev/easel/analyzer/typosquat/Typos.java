package dev.easel.analyzer.typosquat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@link Check#TYPO} substitutions: what a suspect may type in place of a piece of a popular name. Built from
 * keyboard geometry, not a hand list: two keys are neighbours when they touch on a QWERTY, QWERTZ or AZERTY keyboard
 * (same row left and right; the row above straight up and up-right; the row below straight down and down-left, as
 * the rows are staggered), plus look-alikes ({@code 1 l i}, {@code 0 o}, {@code 5 s}, {@code rn m}, {@code vv w},
 * {@code cl d}) both ways, plus a stray separator ({@code -} typed where the popular name has none). Only canonical
 * name characters ({@code a-z 0-9 -}) take part: {@code _} is {@code -} and {@code .} is no crate name character.
 */
final class Typos {

    private static final List<List<String>> LAYOUTS = List.of(
            List.of("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm"),   // QWERTY
            List.of("1234567890-", "qwertzuiop", "asdfghjkl", "yxcvbnm"),   // QWERTZ
            List.of("1234567890-", "azertyuiop", "qsdfghjklm", "wxcvbn"));  // AZERTY
    private static final List<List<String>> LOOK_ALIKES = List.of(
            List.of("1", "l"), List.of("1", "i"), List.of("l", "i"), List.of("0", "o"), List.of("5", "s"),
            List.of("rn", "m"), List.of("vv", "w"), List.of("cl", "d"));

    /** Separator typed where the popular name has none. */
    static final char STRAY = '-';

    private static final Map<String, List<String>> REPLACEMENTS = build();

    private Typos() {
    }

    /** For each piece (1 or 2 characters) of a popular name, what a suspect may hold instead, sorted. */
    static Map<String, List<String>> replacements() {
        return REPLACEMENTS;
    }

    private static Map<String, List<String>> build() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (List<String> rows : LAYOUTS) {
            for (int r = 0; r < rows.size(); r++) {
                String row = rows.get(r);
                for (int c = 0; c < row.length(); c++) {
                    String key = String.valueOf(row.charAt(c));
                    neighbour(out, key, rows, r, c - 1);
                    neighbour(out, key, rows, r, c + 1);
                    neighbour(out, key, rows, r - 1, c);
                    neighbour(out, key, rows, r - 1, c + 1);
                    neighbour(out, key, rows, r + 1, c - 1);
                    neighbour(out, key, rows, r + 1, c);
                }
            }
        }
        for (List<String> pair : LOOK_ALIKES) {
            out.computeIfAbsent(pair.get(0), k -> new TreeSet<>()).add(pair.get(1));
            out.computeIfAbsent(pair.get(1), k -> new TreeSet<>()).add(pair.get(0));
        }
        Map<String, List<String>> frozen = new TreeMap<>();
        out.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    private static void neighbour(Map<String, Set<String>> out, String key, List<String> rows, int r, int c) {
        if (r < 0 || r >= rows.size() || c < 0 || c >= rows.get(r).length()) {
            return;
        }
        String other = String.valueOf(rows.get(r).charAt(c));
        if (!other.equals(key)) {
            out.computeIfAbsent(key, k -> new TreeSet<>()).add(other);
        }
    }
}
