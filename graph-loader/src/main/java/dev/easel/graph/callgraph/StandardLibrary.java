package dev.easel.graph.callgraph;

import java.util.Set;

/**
 * Which crates count as the standard library's internals: their functions are removed from a crate's call graph and
 * calls into them become counts on the caller. By default core, alloc, std, compiler_builtins, proc_macro, std_detect
 * and panic_* — crates of the toolchain's own build, never a package of a registry; others (hashbrown, gimli, ...)
 * are ordinary crates unless listed.
 *
 * @param crates crate names as they appear in symbols (underscores)
 * @param prefixes name prefixes that also count (e.g. {@code panic_})
 */
public record StandardLibrary(Set<String> crates, Set<String> prefixes) {

    public static final StandardLibrary DEFAULT = new StandardLibrary(
            Set.of("core", "alloc", "std", "compiler_builtins", "proc_macro", "std_detect"), Set.of("panic_"));

    public StandardLibrary {
        crates = Set.copyOf(crates);
        prefixes = Set.copyOf(prefixes);
    }

    public boolean contains(String crate) {
        if (crate == null) {
            return false;
        }
        if (crates.contains(crate)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (crate.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** LLVM intrinsics ({@code llvm.memcpy.p0.p0.i64}, ...): no code of any crate. */
    public static boolean isIntrinsic(String calleeId, String calleeName) {
        return (calleeId != null && calleeId.startsWith("llvm.")) || (calleeName != null && calleeName.startsWith("llvm."));
    }
}
