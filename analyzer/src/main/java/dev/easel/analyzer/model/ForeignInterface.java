package dev.easel.analyzer.model;

import java.util.List;

/**
 * A crate's foreign interface as compiled for one target: the {@code extern} blocks, the functions and statics they
 * declare, and the native libraries their {@code #[link]} attributes name, counted only where rustc compiles them —
 * in the files the build compiled (its dep-info), or, without a build, in the library's module tree — with every
 * {@code #[cfg(…)]}, {@code #[cfg_attr(…)]}, {@code cfg_if!} branch and {@code link(…, cfg(…))} evaluated against
 * the target's configuration and the crate's enabled features. libc's FreeBSD and Solaris modules, for instance,
 * declare nothing on Linux.
 *
 * @param target       the target triple evaluated (e.g. {@code x86_64-unknown-linux-gnu}); null when unevaluated
 * @param basis        how the files and conditions were known
 * @param features     the crate's features enabled for the evaluation, sorted
 * @param externBlocks active {@code extern} blocks (including edition-2024 {@code unsafe extern})
 * @param foreignItems active functions and statics declared in them
 * @param declarations those functions and statics
 * @param links        active {@code #[link(name = …)]} attributes, in source order
 */
public record ForeignInterface(String target, Basis basis, List<String> features, int externBlocks, int foreignItems,
                               List<Declaration> declarations, List<LinkAttribute> links) {

    public ForeignInterface {
        features = features == null ? List.of() : List.copyOf(features);
        declarations = declarations == null ? List.of() : List.copyOf(declarations);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** How the compiled code was known. */
    public enum Basis {
        /** The files rustc compiled (its dep-info), conditions evaluated with the build's own features and cfgs. */
        COMPILED,
        /** No build: the library's module tree from source, conditions evaluated for the target; inferred. */
        SOURCE,
        /** No target configuration was available: every condition taken as true (every platform's code counted). */
        UNEVALUATED
    }

    /** True when the facts were inferred from source rather than from what a build compiled. */
    public boolean inferred() {
        return basis != Basis.COMPILED;
    }

    /**
     * A function or static declared in an active extern block.
     *
     * @param name     the link name ({@code #[link_name]} when given, else the Rust name)
     * @param kind     "fn" or "static"
     * @param abi      "C", "system", ...
     * @param library  the first active {@code #[link(name = …)]} of its block, else null
     * @param linkKind that attribute's {@code kind}, else null
     * @param file     the file, relative to the crate folder ({@code $OUT_DIR/…} for generated code)
     * @param line     line of the declaration
     */
    public record Declaration(String name, String kind, String abi, String library, String linkKind, String file,
                              int line) {
    }

    /**
     * An active {@code #[link(…)]} attribute.
     *
     * @param name      the library, as given to the linker
     * @param kind      dylib, static, framework, raw-dylib, or null when not given
     * @param modifiers e.g. {@code -bundle}, or null
     * @param file      the file, as in {@link Declaration#file()}
     * @param line      line of the attribute
     */
    public record LinkAttribute(String name, String kind, String modifiers, String file, int line) {
    }
}
