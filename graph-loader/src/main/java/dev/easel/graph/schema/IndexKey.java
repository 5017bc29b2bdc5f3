package dev.easel.graph.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Values short enough for Neo4j's range indexes, which refuse a property of more than about 8 kB ("Property value is
 * too large to index") and with it the whole transaction. A value of at most {@link #MAX_CHARS} characters is its own
 * key; a longer one — a demangled generic Rust path can run to 100 kB — becomes its first
 * {@link #PREFIX_CHARS} characters, {@code …#}, and the SHA-256 of the whole value: still unique, still equal on both
 * sides of a cross-crate call, and still found by a {@code STARTS WITH} of up to {@link #PREFIX_CHARS} characters.
 */
public final class IndexKey {

    /** Up to this many characters (at most 4 bytes each in UTF-8, under the index's limit) a value is kept whole. */
    public static final int MAX_CHARS = 1024;
    /** How much of a longer value its key keeps. */
    public static final int PREFIX_CHARS = 900;

    private IndexKey() {
    }

    /** The value itself when short, else its prefix and hash; null for null. */
    public static String of(String value) {
        if (value == null || value.length() <= MAX_CHARS) {
            return value;
        }
        int cut = PREFIX_CHARS;
        if (Character.isHighSurrogate(value.charAt(cut - 1))) {
            cut--; // never split a surrogate pair
        }
        return value.substring(0, cut) + "…#" + sha256(value);
    }

    /** True when {@link #of} shortens the value. */
    public static boolean shortens(String value) {
        return value != null && value.length() > MAX_CHARS;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
