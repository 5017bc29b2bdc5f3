package dev.easel.analyzer.ffi;

import dev.easel.analyzer.demangle.RustDemangler;

/**
 * What a symbol at the FFI boundary is. Decided from the symbol alone:
 * <ul>
 *   <li>{@link #INTRINSIC}: {@code llvm.*}, lowered by LLVM, never a call-graph node</li>
 *   <li>{@link #RUST}: demangles as a Rust symbol (v0 {@code _R…} or legacy {@code _ZN…17h<hash>E}); a C++
 *       {@code _ZN…} symbol without Rust's hash is not Rust</li>
 *   <li>{@link #RUNTIME}: unmangled symbols of Rust's own runtime that the compiler calls or links, not C the crate
 *       chose to call: allocator shims ({@code __rust_*}, {@code __rdl_*}, {@code __rg_*}, {@code __rustc::*}),
 *       the panic runtime ({@code rust_eh_personality}, {@code rust_begin_unwind}, {@code rust_panic}).
 *       {@code _Unwind_*} is left FOREIGN: it is libgcc's C API, and a crate calling it (backtraces, unwinding)
 *       does cross into C</li>
 *   <li>{@link #FOREIGN}: everything else, i.e. C (or another language) linked natively</li>
 * </ul>
 */
public enum SymbolKind {
    INTRINSIC, RUST, RUNTIME, FOREIGN;

    public static SymbolKind of(String symbol) {
        if (symbol.startsWith("llvm.")) {
            return INTRINSIC;
        }
        if (isRuntime(symbol)) {
            return RUNTIME;
        }
        return RustDemangler.demangle(symbol).isPresent() ? RUST : FOREIGN;
    }

    static boolean isRuntime(String symbol) {
        return symbol.startsWith("__rust_") || symbol.startsWith("__rdl_") || symbol.startsWith("__rg_")
                || symbol.startsWith("__rustc::") || symbol.startsWith("__rustc_")
                || symbol.equals("rust_eh_personality") || symbol.equals("rust_begin_unwind")
                || symbol.equals("rust_panic");
    }
}
