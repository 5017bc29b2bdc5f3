package dev.easel.analyzer.ir;

/** Receives what {@link LlvmIrReader} finds, in file order, one function at a time. */
public interface IrListener {

    /** A {@code define}, with its calls, delivered when its closing brace is read. */
    void function(IrFunction function);

    /** A {@code declare} of a non-intrinsic symbol. */
    default void declaration(String symbol) {
    }

    /** An {@code alias}. */
    default void alias(IrAlias alias) {
    }
}
