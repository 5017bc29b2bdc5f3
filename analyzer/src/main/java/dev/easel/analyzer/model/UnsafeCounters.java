package dev.easel.analyzer.model;

import java.util.List;

/**
 * geiger's five counters (same names as cargo-geiger's report), each safe / unsafe, plus what easel
 * counts beyond geiger.
 *
 * @param functions            free functions
 * @param exprs                expressions; unsafe when inside an unsafe block or unsafe fn
 * @param itemImpls            impl blocks; unsafe for {@code unsafe impl}
 * @param itemTraits           traits; unsafe for {@code unsafe trait}
 * @param methods              functions in impl and trait blocks
 * @param unsafeBlocks         number of {@code unsafe { }} blocks
 * @param externBlocks         {@code extern "ABI" { }} blocks (including edition-2024 {@code unsafe extern}) in every
 *                             file scanned, whatever the platform; the target's own are in {@link ForeignInterface}
 * @param foreignItems         functions and statics declared in those extern blocks
 * @param staticMuts           {@code static mut} items
 * @param unsafeAttributes     {@code #[unsafe(...)]} attributes (edition 2024)
 * @param macroUnsafe          {@code unsafe} tokens inside macro_rules! bodies (geiger misses these)
 * @param filesScanned         .rs files read
 * @param filesWithErrors      .rs files with lexing problems (counted as far as possible)
 * @param unsafeFunctions      per function: which functions hold unsafe code, with lines
 */
public record UnsafeCounters(
        Count functions,
        Count exprs,
        Count itemImpls,
        Count itemTraits,
        Count methods,
        int unsafeBlocks,
        int externBlocks,
        int foreignItems,
        int staticMuts,
        int unsafeAttributes,
        int macroUnsafe,
        int filesScanned,
        int filesWithErrors,
        List<UnsafeFunction> unsafeFunctions) {

    public UnsafeCounters {
        unsafeFunctions = unsafeFunctions == null ? List.of() : List.copyOf(unsafeFunctions);
    }

    /** Painter's {@code unsafe_total}: the sum of the five unsafe counters. */
    public int unsafeTotal() {
        return functions.unsafeCount() + exprs.unsafeCount() + itemImpls.unsafeCount() + itemTraits.unsafeCount()
                + methods.unsafeCount();
    }

    /** One counter: how many were safe and how many unsafe. */
    public record Count(int safe, int unsafeCount) {
        public static final Count ZERO = new Count(0, 0);

        public Count plus(Count o) {
            return new Count(safe + o.safe, unsafeCount + o.unsafeCount);
        }
    }

    /**
     * A function that is unsafe or contains unsafe blocks.
     *
     * @param path         module path within the crate, e.g. {@code ffi::Stream::read}
     * @param file         file relative to the crate root
     * @param line         line of the {@code fn}
     * @param unsafeFn     declared {@code unsafe fn}
     * @param unsafeBlockLines lines where its unsafe blocks start
     */
    public record UnsafeFunction(String path, String file, int line, boolean unsafeFn, List<Integer> unsafeBlockLines) {
        public UnsafeFunction {
            unsafeBlockLines = unsafeBlockLines == null ? List.of() : List.copyOf(unsafeBlockLines);
        }
    }
}
