package dev.easel.analyzer.cfg;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configuration options set for one compilation: bare names ({@code unix}, {@code debug_assertions}) and
 * key-value pairs ({@code target_os="linux"}, {@code feature="std"}; a key may have several values, as
 * {@code target_feature} has). Built from {@code rustc --print cfg}, then the unit's features and its build script's
 * {@code rustc-cfg} values are added. Immutable.
 *
 * @param names  the bare options
 * @param values every value of each key
 */
public record CfgSet(Set<String> names, Map<String, Set<String>> values) {

    public CfgSet {
        names = Set.copyOf(names);
        Map<String, Set<String>> copy = new HashMap<>();
        values.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        values = Map.copyOf(copy);
    }

    /** No option set at all. */
    public static CfgSet empty() {
        return new CfgSet(Set.of(), Map.of());
    }

    /**
     * Reads lines as {@code rustc --print cfg} prints them and {@code cargo::rustc-cfg=} takes them: {@code name} or
     * {@code key="value"}. Blank lines are skipped.
     *
     * @throws IllegalArgumentException naming the line that is neither
     */
    public static CfgSet parse(List<String> lines) {
        return empty().with(lines);
    }

    /** This set plus the options of {@code lines} (same syntax as {@link #parse}). */
    public CfgSet with(List<String> lines) {
        Set<String> n = new HashSet<>(names);
        Map<String, Set<String>> v = new HashMap<>();
        values.forEach((k, s) -> v.put(k, new HashSet<>(s)));
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                requireName(line, raw);
                n.add(line);
                continue;
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            requireName(key, raw);
            if (value.length() < 2 || value.charAt(0) != '"' || value.charAt(value.length() - 1) != '"') {
                throw new IllegalArgumentException("not a cfg option (the value must be quoted): " + raw);
            }
            v.computeIfAbsent(key, k -> new HashSet<>())
                    .add(value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return new CfgSet(n, v);
    }

    /** This set with {@code feature="…"} for each of {@code features}. */
    public CfgSet withFeatures(Collection<String> features) {
        Map<String, Set<String>> v = new HashMap<>(values);
        Set<String> f = new HashSet<>(values.getOrDefault("feature", Set.of()));
        f.addAll(features);
        v.put("feature", f);
        return new CfgSet(names, v);
    }

    public boolean has(String name) {
        return names.contains(name);
    }

    public boolean has(String key, String value) {
        return values.getOrDefault(key, Set.of()).contains(value);
    }

    /** The enabled features, sorted. */
    public Set<String> features() {
        return new TreeSet<>(values.getOrDefault("feature", Set.of()));
    }

    private static void requireName(String name, String line) {
        if (name.isEmpty() || !name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
            throw new IllegalArgumentException("not a cfg option: " + line);
        }
    }
}
