package dev.easel.graph.callgraph;

/**
 * Function node ids that are unique across every loaded crate version. A mangled Rust symbol ({@code _R…},
 * {@code _ZN…}) already names its crate with a hash, so it is the id. Anything else is only unique within one
 * version — an unmangled {@code #[no_mangle]} name two versions of a crate both define, a {@code mir:} path — and
 * is prefixed with the owning version's id: {@code flate2@1.0.28/mir:flate2::foo}.
 */
public final class FunctionIds {

    private FunctionIds() {
    }

    public static boolean isMangled(String id) {
        return id.startsWith("_R") || id.startsWith("_ZN") || id.startsWith("__ZN") || id.startsWith("__R");
    }

    /** The node id of {@code rawId} owned by version {@code versionId} ("name@version"). */
    public static String of(String rawId, String versionId) {
        return isMangled(rawId) ? rawId : scoped(rawId, versionId);
    }

    /** Always scoped: for copies of another crate's code instantiated in this version, whose symbols repeat. */
    public static String scoped(String rawId, String versionId) {
        return versionId + "/" + rawId;
    }
}
