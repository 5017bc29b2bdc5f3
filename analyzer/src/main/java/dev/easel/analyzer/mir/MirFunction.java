package dev.easel.analyzer.mir;

import dev.easel.analyzer.ir.SourceLocation;

import java.util.List;

/**
 * One {@code fn} body of rustc's {@code --emit=mir} output.
 *
 * @param path       the path as printed, relative to the crate for its own items, e.g. {@code ffi::c::zalloc},
 *                   {@code with_closure::{closure#0}}, {@code <impl at src/lib.rs:21:1: 21:22>::area}
 * @param implAt     for methods, where the impl block starts ({@code <impl at file:line:col: …>}); else null
 * @param mirLine    1-based line of the header in the .mir file
 * @param calls      calls, aggregated per (callee, kind)
 * @param coercions  function items coerced to foreign-ABI pointers in this body
 */
public record MirFunction(String path, SourceLocation implAt, long mirLine, List<MirCall> calls,
                          List<MirCoercion> coercions) {
    public MirFunction {
        calls = List.copyOf(calls);
        coercions = List.copyOf(coercions);
    }
}
