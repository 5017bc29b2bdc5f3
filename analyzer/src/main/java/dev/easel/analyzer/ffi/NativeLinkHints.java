package dev.easel.analyzer.ffi;

import java.util.Map;

/**
 * Which native library provides which foreign symbol, as far as the crate says: {@code #[link(name = …)]} on the
 * {@code extern} block that declares it, the manifest's {@code links} key, build-script {@code rustc-link-lib} lines.
 * Supplied by the source scanner and build driver; the extractor only looks symbols up.
 *
 * @param libraryBySymbol foreign symbol → library name (e.g. {@code cos → m})
 */
public record NativeLinkHints(Map<String, String> libraryBySymbol) {
    public NativeLinkHints {
        libraryBySymbol = Map.copyOf(libraryBySymbol);
    }

    public static NativeLinkHints none() {
        return new NativeLinkHints(Map.of());
    }

    /** The library providing {@code symbol}, or null when the crate does not say. */
    public String library(String symbol) {
        return libraryBySymbol.get(symbol);
    }
}
