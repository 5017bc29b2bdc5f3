package dev.easel.graph.callgraph;

import dev.easel.graph.schema.IndexKey;

/**
 * Function node ids that are unique across every loaded crate version and equal on both sides of a cross-crate call.
 * A Rust function is keyed by its crate version and demangled path, {@code base-lib@0.3.1#base_lib::answer}: not by
 * its symbol, whose crate disambiguator changes with how the crate was built (as a root from a work copy, or as a
 * dependency), so a caller's symbol and the definer's would not meet. Anything else is only unique within one
 * version — an unmangled {@code #[no_mangle]} name two versions of a crate both define, a {@code mir:} path, a copy of
 * another crate's generic code — and is prefixed with the owning version's id: {@code flate2@1.0.28/mir:flate2::foo}.
 * Every id is an {@link IndexKey}: an id longer than the unique constraint's index takes is cut to a prefix and the
 * hash of the whole, the same on both sides of a call.
 */
public final class FunctionIds {

    private FunctionIds() {
    }

    public static boolean isMangled(String id) {
        return id.startsWith("_R") || id.startsWith("_ZN") || id.startsWith("__ZN") || id.startsWith("__R");
    }

    /**
     * The node id of the function {@code rawId} (symbol or id from the analysis) named {@code name} (demangled path),
     * defined by version {@code versionId} ("name@version", "name@?" when the version is unknown).
     */
    public static String of(String rawId, String name, String versionId) {
        return isMangled(rawId) && name != null ? IndexKey.of(versionId + "#" + name) : scoped(rawId, versionId);
    }

    /** Always scoped: for copies of another crate's code instantiated in this version, whose symbols repeat. */
    public static String scoped(String rawId, String versionId) {
        return IndexKey.of(versionId + "/" + rawId);
    }

    /** The node of monomorphised copies of {@code crate}'s generic function {@code name}, collapsed in a version. */
    public static String collapsed(String versionId, String crate, String name) {
        return IndexKey.of(versionId + "/mono:" + crate + "/" + name);
    }
}
