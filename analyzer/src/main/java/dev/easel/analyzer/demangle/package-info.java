/**
 * Rust symbol demangling, legacy ({@code _ZN…E}) and v0 ({@code _R…}), producing exactly the text rustc-demangle
 * prints (and rustc writes into IR comments).
 *
 * <p>Entry point: {@link dev.easel.analyzer.demangle.RustDemangler#demangle(String)}, which returns a
 * {@link dev.easel.analyzer.demangle.DemangledSymbol} or empty for anything that is not a well-formed Rust symbol
 * (C names, LLVM intrinsics, C++ functions). It never throws, keeps no state and is safe from any thread.
 * Pass names as the linker sees them: a quoted LLVM name ({@code @"…"}) must be unquoted and unescaped first.
 */
package dev.easel.analyzer.demangle;
