package dev.easel.analyzer.demangle;

import java.util.List;

/**
 * A demangled Rust symbol.
 *
 * @param scheme              which mangling scheme the symbol used
 * @param display             rustc-demangle's alternate form ({@code {:#}}): no hash, no crate disambiguators,
 *                            e.g. {@code <flate2::mem::Compress>::new}; this is also what rustc writes in IR comments
 * @param displayWithHash     rustc-demangle's plain form ({@code {}}): legacy keeps the {@code ::h<hash>} segment,
 *                            v0 shows crate disambiguators in hex ({@code core[5e8d1e4ba8f2b3c5]}) and typed consts
 * @param crate               the crate that defines the item: for v0 the crate root of the path that owns it (an impl's
 *                            own path for methods, the trait's path for trait-definition items); for legacy a best effort
 *                            from the first path segment, or from the Self type (else the trait) of an impl
 * @param crateDisambiguator  v0 only: the base-62 digits of that crate root's disambiguator as written in the symbol
 *                            (between {@code s} and {@code _}), else null
 * @param instantiatingCrate  v0 only: the crate named by the optional instantiating-crate suffix, else null
 * @param crates              every crate name the symbol mentions, in order of first appearance
 */
public record DemangledSymbol(Scheme scheme, String display, String displayWithHash, String crate,
                              String crateDisambiguator, String instantiatingCrate, List<String> crates) {
    public DemangledSymbol {
        crates = List.copyOf(crates);
    }
}
