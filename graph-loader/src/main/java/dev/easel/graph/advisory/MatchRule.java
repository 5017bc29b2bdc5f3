package dev.easel.graph.advisory;

/** How an advisory's function path was matched to a function of the graph; stored as {@code NAMES.rule}. */
public enum MatchRule {
    /** The demangled name is the path as written. */
    EXACT("exact"),
    /** Equal once generic arguments are dropped and an inherent impl's {@code <Type>::m} read as {@code Type::m}. */
    NORMALISED("normalised"),
    /** {@code <Type as Trait>::m} read as the advisory's {@code Type::m}. */
    TRAIT_IMPL("trait-impl"),
    /** {@code <Type as Trait>::m} read as the advisory's {@code Trait::m}: every impl of that method in the crate. */
    TRAIT_METHOD("trait-method"),
    /**
     * The advisory names a public path ({@code crate::foo}) and the one function of the crate version whose path
     * ends the same way is defined elsewhere ({@code crate::inner::foo}): a re-export.
     */
    REEXPORT("re-export"),
    /** The advisory's {@code Type::m} against MIR's {@code <impl at file:line>::m}, the only impl method so named. */
    IMPL_LOCATION("impl-location");

    private final String label;

    MatchRule(String label) {
        this.label = label;
    }

    /** The name stored in the graph and printed. */
    public String label() {
        return label;
    }
}
