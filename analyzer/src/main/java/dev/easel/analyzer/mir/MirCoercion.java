package dev.easel.analyzer.mir;

/**
 * A function item turned into a foreign-ABI function pointer: {@code f as extern "C" fn(…) (PointerCoercion(ReifyFnPointer…))}.
 *
 * @param function the coerced function's path as printed
 * @param abi      the pointer type's ABI, e.g. {@code C} or {@code system}
 * @param count    coercions of this function to this ABI in the body
 */
public record MirCoercion(String function, String abi, int count) {
}
