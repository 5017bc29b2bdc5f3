package dev.easel.analyzer.cfg;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A configuration predicate, as {@code #[cfg(…)]}, {@code #[cfg_attr(…)]} and {@code cfg_if!} write it (the Rust
 * Reference, "Conditional compilation"): an option ({@code unix}, {@code target_os = "linux"},
 * {@code feature = "std"}), {@code all(…)}, {@code any(…)}, {@code not(…)}, or the literal {@code true}/{@code false}.
 * {@link #toString()} gives it back in Rust's syntax.
 */
public sealed interface CfgExpr {

    /** True when the predicate holds for {@code cfg}. */
    boolean test(CfgSet cfg);

    /** A bare option: {@code unix}, {@code debug_assertions}, a build script's {@code rustc-cfg=foo}. */
    record Name(String name) implements CfgExpr {
        @Override
        public boolean test(CfgSet cfg) {
            return cfg.has(name);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A key-value option: {@code target_os = "linux"}, {@code feature = "std"}. */
    record KeyValue(String key, String value) implements CfgExpr {
        @Override
        public boolean test(CfgSet cfg) {
            return cfg.has(key, value);
        }

        @Override
        public String toString() {
            return key + " = \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    /** {@code all(a, b, …)}: true when every part holds; {@code all()} is true. */
    record All(List<CfgExpr> parts) implements CfgExpr {
        public All {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(CfgSet cfg) {
            return parts.stream().allMatch(p -> p.test(cfg));
        }

        @Override
        public String toString() {
            return "all(" + parts.stream().map(CfgExpr::toString).collect(Collectors.joining(", ")) + ")";
        }
    }

    /** {@code any(a, b, …)}: true when some part holds; {@code any()} is false. */
    record Any(List<CfgExpr> parts) implements CfgExpr {
        public Any {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean test(CfgSet cfg) {
            return parts.stream().anyMatch(p -> p.test(cfg));
        }

        @Override
        public String toString() {
            return "any(" + parts.stream().map(CfgExpr::toString).collect(Collectors.joining(", ")) + ")";
        }
    }

    /** {@code not(a)}. */
    record Not(CfgExpr part) implements CfgExpr {
        @Override
        public boolean test(CfgSet cfg) {
            return !part.test(cfg);
        }

        @Override
        public String toString() {
            return "not(" + part + ")";
        }
    }

    /** {@code true} or {@code false} (stable since Rust 1.88). */
    record Literal(boolean value) implements CfgExpr {
        @Override
        public boolean test(CfgSet cfg) {
            return value;
        }

        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }
}
