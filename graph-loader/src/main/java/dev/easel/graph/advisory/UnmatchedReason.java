package dev.easel.graph.advisory;

/** Why a function path an advisory names matched no function of the graph. */
public enum UnmatchedReason {
    /** No version of the advisory's crate is in the graph. */
    CRATE_NOT_IN_GRAPH("crate not in the graph"),
    /** The crate is in the graph, but none of its versions there is affected (or the function is not vulnerable in them). */
    NO_AFFECTED_VERSION("no affected version in the graph"),
    /** An affected version is in the graph, without functions: not analysed, not built, or loaded without functions. */
    VERSION_NOT_ANALYSED("crate version not analysed"),
    /** The version has functions, none with that path. */
    NO_FUNCTION("no function with that path"),
    /** Several functions of the version end with the path (a re-export could not be told apart). */
    AMBIGUOUS("ambiguous"),
    /** The path names a type, trait, module or macro, not a function. */
    NOT_A_FUNCTION("names a type, trait, module or macro"),
    /** The path names a C function the crate declares (a -sys crate): see the native-advisories query. */
    FOREIGN_FUNCTION("names a foreign (C) function");

    private final String label;

    UnmatchedReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
