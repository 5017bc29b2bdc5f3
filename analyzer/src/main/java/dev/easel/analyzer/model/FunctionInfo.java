package dev.easel.analyzer.model;

/**
 * A function of the call graph.
 *
 * @param id           the symbol for IR functions (v0 {@code _R…} or an unmangled C name); for functions seen only
 *                     in MIR, {@code mir:} followed by the path
 * @param name         the demangled display path without hash, e.g. {@code flate2::ffi::c::Inflate::new}
 * @param crate        the crate that defines the function's code, from the symbol
 * @param instantiatedIn the crate that instantiated this copy of generic code, when different from {@code crate}
 * @param file         source file, from debug info, when known
 * @param line         source line, 0 when unknown
 * @param linkage      LLVM linkage (internal, private, external, ...), null for MIR-only functions
 * @param exported     unmangled and externally visible (#[no_mangle], export_name)
 * @param unsafe       declared unsafe fn or contains unsafe code (from source, when known)
 * @param provenance   where it was seen: IR, MIR, or both
 */
public record FunctionInfo(
        String id,
        String name,
        String crate,
        String instantiatedIn,
        String file,
        int line,
        String linkage,
        boolean exported,
        boolean unsafe,
        Provenance provenance) {
}
