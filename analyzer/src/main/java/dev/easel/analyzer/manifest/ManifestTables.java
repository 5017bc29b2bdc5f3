package dev.easel.analyzer.manifest;

import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed, literal-key access to tomlj tables. tomlj's {@code get(String)} parses its argument as a dotted key, which
 * breaks on keys like {@code cfg(target_os = "linux")} or {@code foo.rs}; every lookup here is one literal key.
 */
final class ManifestTables {

    private ManifestTables() {
    }

    static Object value(TomlTable t, String key) {
        return t == null ? null : t.get(List.of(key));
    }

    static TomlTable table(TomlTable t, String key) {
        return value(t, key) instanceof TomlTable v ? v : null;
    }

    static TomlArray array(TomlTable t, String key) {
        return value(t, key) instanceof TomlArray v ? v : null;
    }

    static String string(TomlTable t, String key) {
        return value(t, key) instanceof String v ? v : null;
    }

    static Boolean bool(TomlTable t, String key) {
        return value(t, key) instanceof Boolean v ? v : null;
    }

    /** The first of several spellings present (cargo accepts {@code default-features} and {@code default_features}). */
    static Object first(TomlTable t, String... keys) {
        for (String k : keys) {
            Object v = value(t, k);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The string elements of an array; other elements are ignored. */
    static List<String> strings(TomlArray a) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            for (int i = 0; i < a.size(); i++) {
                if (a.get(i) instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** 1-based line of a key, 0 when unknown. */
    static int line(TomlTable t, String key) {
        if (t == null) {
            return 0;
        }
        try {
            TomlPosition p = t.inputPositionOf(List.of(key));
            return p == null ? 0 : p.line();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
