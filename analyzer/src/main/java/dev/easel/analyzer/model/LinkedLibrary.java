package dev.easel.analyzer.model;

/**
 * A native library a crate links.
 *
 * @param name the library name as given to the linker (z, ssl, crypto)
 * @param kind dylib, static, framework, or null when unspecified
 * @param via  where it came from: "build-script" (cargo:rustc-link-lib), "link-attribute" (#[link]),
 *             or "links-key" (the manifest's links = …)
 * @param crate the crate whose build linked it (this crate or a dependency built with it)
 */
public record LinkedLibrary(String name, String kind, String via, String crate) {
}
