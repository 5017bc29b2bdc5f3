package dev.easel.analyzer.ir;

import dev.easel.analyzer.model.CallEdge;

/**
 * Call sites in one function to one callee, aggregated.
 *
 * @param callee the callee symbol, unescaped; null for an indirect call (through a register)
 * @param kind   DIRECT for call/callbr, INVOKE for invoke, INDIRECT for calls through a pointer
 * @param count  number of call sites
 */
public record IrCall(String callee, CallEdge.Kind kind, int count) {
}
