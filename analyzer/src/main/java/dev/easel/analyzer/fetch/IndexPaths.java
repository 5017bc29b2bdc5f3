package dev.easel.analyzer.fetch;

import java.util.Locale;

/**
 * Where a crate's file lies in a registry index, as cargo computes it: {@code 1/}, {@code 2/}, {@code 3/<first char>/},
 * else {@code <chars 1-2>/<chars 3-4>/}, then the lower-cased name. Names are ASCII ({@link CrateRequest}).
 */
final class IndexPaths {

    private IndexPaths() {
    }

    /** Cargo's {@code {prefix}}: the folder part from the name as written ({@code MyCrate} gives {@code My/Cr}). */
    static String prefix(String name) {
        return switch (name.length()) {
            case 0 -> throw new IllegalArgumentException("empty crate name");
            case 1 -> "1";
            case 2 -> "2";
            case 3 -> "3/" + name.charAt(0);
            default -> name.substring(0, 2) + "/" + name.substring(2, 4);
        };
    }

    /** Cargo's {@code {lowerprefix}}. */
    static String lowerPrefix(String name) {
        return prefix(name).toLowerCase(Locale.ROOT);
    }

    /** The crate's index file relative to the index root, e.g. {@code se/rd/serde}. */
    static String file(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return prefix(lower) + "/" + lower;
    }
}
