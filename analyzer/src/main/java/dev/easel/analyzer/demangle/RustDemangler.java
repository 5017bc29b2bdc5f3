package dev.easel.analyzer.demangle;

import java.util.Optional;

/**
 * Demangles Rust symbols of both schemes (legacy {@code _ZN…E} and v0 {@code _R…}) to the text rustc-demangle prints.
 *
 * <p>Only the underscore-prefixed forms ({@code _ZN}, {@code __ZN}, {@code _R}, {@code __R}) are accepted: the
 * underscore-less Windows forms rustc-demangle also tries would misread C names such as {@code RAND_bytes}.
 * A {@code .llvm.<hex>} suffix is dropped; any other {@code .}-suffix made of ASCII letters, digits and punctuation
 * is kept and appended, as rustc-demangle does; a v0 {@code $}-suffix (Mach-O thread locals) is dropped.
 */
public final class RustDemangler {
    private static final String LLVM_SUFFIX = ".llvm.";

    private RustDemangler() {
    }

    /** Demangles {@code symbol}; empty for anything that is not a well-formed Rust symbol. Never throws. */
    public static Optional<DemangledSymbol> demangle(String symbol) {
        if (symbol == null || symbol.length() < 3) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(demangleOrNull(stripLlvmSuffix(symbol)));
        } catch (RuntimeException | StackOverflowError e) {
            // The parsers signal every malformation themselves; this only guards the "never throws" promise.
            return Optional.empty();
        }
    }

    /** The scheme's parser on the symbol as given, with no guard around it (the fuzz test calls it too). */
    static DemangledSymbol demangleOrNull(String s) {
        if (s.startsWith("_ZN")) {
            return LegacyDemangler.demangle(s, 3);
        }
        if (s.startsWith("__ZN")) {
            return LegacyDemangler.demangle(s, 4);
        }
        if (s.startsWith("_R")) {
            return V0Demangler.demangle(s, 2);
        }
        if (s.startsWith("__R")) {
            return V0Demangler.demangle(s, 3);
        }
        return null;
    }

    /** ThinLTO renames imported internal symbols to {@code name.llvm.<hex>}; that is one of the last manglings applied. */
    private static String stripLlvmSuffix(String s) {
        int i = s.indexOf(LLVM_SUFFIX);
        if (i < 0) {
            return s;
        }
        for (int k = i + LLVM_SUFFIX.length(); k < s.length(); k++) {
            char c = s.charAt(k);
            if (!((c >= 'A' && c <= 'F') || (c >= '0' && c <= '9') || c == '@')) {
                return s;
            }
        }
        return s.substring(0, i);
    }

    /** rustc-demangle keeps a trailing {@code .word} (as LLVM appends) only when it is plain ASCII punctuation/alnum. */
    static boolean isKeptSuffix(String suffix) {
        if (suffix.isEmpty()) {
            return true;
        }
        if (suffix.charAt(0) != '.') {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            char c = suffix.charAt(i);
            boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            boolean punct = c > ' ' && c < 127 && !alnum;
            if (!alnum && !punct) {
                return false;
            }
        }
        return true;
    }
}
