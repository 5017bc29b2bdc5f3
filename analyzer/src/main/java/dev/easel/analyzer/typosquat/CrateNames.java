package dev.easel.analyzer.typosquat;

import java.util.Locale;

/** Crate names as crates.io compares them: case-insensitive, {@code -} and {@code _} the same. */
public final class CrateNames {

    private CrateNames() {
    }

    /** Lower case with every {@code _} as {@code -}: two names are the same crate name when these are equal. */
    public static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for the characters a canonical name can hold: {@code a-z}, {@code 0-9} and {@code -}. */
    static boolean canonicalChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    }

    /** True for the characters crates.io allows in a published name. */
    static boolean nameChar(char c) {
        return canonicalChar(c) || (c >= 'A' && c <= 'Z') || c == '_';
    }
}
