package dev.easel.analyzer.mir;

import dev.easel.analyzer.model.CallEdge;

/**
 * Call sites in one MIR body to one callee, aggregated.
 *
 * @param callee the callee path as rustc printed it (generic arguments kept, e.g. {@code apply::<u32, {closure@…}>});
 *               null for a call through a local (a function pointer or closure value)
 * @param kind   INVOKE when unwinding goes to a cleanup block of this body, DIRECT otherwise, INDIRECT through a local
 * @param count  call sites
 */
public record MirCall(String callee, CallEdge.Kind kind, int count) {
}
