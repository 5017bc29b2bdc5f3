package dev.easel.queries.report;

/**
 * The Rust Foundation's published 2024 figures ("Unsafe Rust in the Wild", May 2024), shown beside the analysed
 * corpus. Constants, not measurements: they are what the Foundation published.
 */
public final class RustFoundation2024 {

    public static final String SOURCE = "Rust Foundation, \"Unsafe Rust in the Wild: Notes on the Current State of "
            + "Unsafe Rust\", May 2024";
    /** Crates on crates.io they looked at (about). */
    public static final long CRATES = 145_000;
    /** Of those, crates with significant code (about). */
    public static final long CRATES_WITH_CODE = 127_000;
    /** Share of crates with significant code that use the unsafe keyword, in percent. */
    public static final double UNSAFE_SHARE_PCT = 19.11;
    /** Share that make a direct function call into another crate using the unsafe keyword, in percent. */
    public static final double CALLS_UNSAFE_SHARE_PCT = 34.35;

    private RustFoundation2024() {
    }
}
