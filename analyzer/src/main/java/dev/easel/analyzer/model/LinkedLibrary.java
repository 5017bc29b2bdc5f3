package dev.easel.analyzer.model;

/**
 * A native library a crate links.
 *
 * @param name  the library name as given to the linker (z, ssl, crypto)
 * @param kind  dylib, static, framework, or null when unspecified
 * @param via   where it came from: {@value #VIA_BUILD_SCRIPT} ({@code cargo:rustc-link-lib}), {@value #VIA_L_FLAG}
 *              ({@code -l} of {@code cargo:rustc-flags}) or {@value #VIA_LINK_ATTRIBUTE} (an active {@code #[link]})
 * @param crate the crate whose build linked it (this crate or a dependency built with it)
 */
public record LinkedLibrary(String name, String kind, String via, String crate) {

    public static final String VIA_BUILD_SCRIPT = "build-script";
    public static final String VIA_L_FLAG = "l-flag";
    public static final String VIA_LINK_ATTRIBUTE = "link-attribute";
}
