package dev.easel.analyzer.demangle;

/** The two Rust symbol mangling schemes rustc emits. */
public enum Scheme {
    /** {@code _ZN…17h<hash>E}: the Itanium-like scheme the prebuilt std still uses. */
    LEGACY,
    /** {@code _R…}: RFC 2603 mangling, chosen with {@code -C symbol-mangling-version=v0}. */
    V0
}
