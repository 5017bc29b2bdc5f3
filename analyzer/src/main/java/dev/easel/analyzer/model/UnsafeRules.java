package dev.easel.analyzer.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which code the unsafe counters count (docs/unsafe-counting.md, "Counting rules"). Counters made under different
 * rules are not comparable, so every {@link UnsafeCounters} names its rules and the graph stores them beside the
 * counts.
 */
public enum UnsafeRules {
    /** cargo-geiger's default: {@code #[test]} functions and {@code #[cfg(test)]} modules are left out. */
    GEIGER("geiger", false),
    /**
     * What produced Painter's published figures (count-unsafe 0.1.1 over geiger 0.4): every {@code .rs} file under
     * the package, tests included.
     */
    COUNT_UNSAFE("count-unsafe", true);

    private final String id;
    private final boolean countsTests;

    UnsafeRules(String id, boolean countsTests) {
        this.id = id;
        this.countsTests = countsTests;
    }

    /** The name users write ({@code --unsafe-rules count-unsafe}) and the graph stores ({@code unsafe_rules}). */
    @JsonValue
    public String id() {
        return id;
    }

    /** Whether tests ({@code #[test]} fns, {@code #[cfg(test)]} modules) are counted. */
    public boolean countsTests() {
        return countsTests;
    }

    /** From its id or enum name, case-insensitively. */
    @JsonCreator
    public static UnsafeRules of(String text) {
        for (UnsafeRules r : values()) {
            if (r.id.equalsIgnoreCase(text) || r.name().equalsIgnoreCase(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown unsafe rules '" + text + "', expected geiger or count-unsafe");
    }

    /** The id, so that option help lists {@code geiger, count-unsafe}. */
    @Override
    public String toString() {
        return id;
    }
}
