package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.Provenance;

/**
 * A function of a pruned call graph, with the facts computed on the graph.
 *
 * @param id             node id ({@link FunctionIds}); a collapsed group of monomorphised copies gets
 *                       {@code <version id>/mono:<crate>::<name without generic args>}
 * @param name           demangled path (without generic arguments for a collapsed group)
 * @param crate          package name of the crate whose code it is
 * @param version        version of that crate when known, else null
 * @param owner          id of the Version that defines this node ("name@version"); null for a stub (a function of
 *                       another crate this crate calls, defined when that crate is loaded)
 * @param instantiatedIn the crate that instantiated this copy, when not {@code crate}
 * @param file           source file when known
 * @param line           source line, 0 when unknown
 * @param linkage        LLVM linkage, null for MIR-only functions and stubs
 * @param exported       unmangled and externally visible
 * @param unsafe         unsafe fn or contains unsafe code
 * @param provenance     IR, MIR or both
 * @param copies         monomorphised copies collapsed into this node (1 for an ordinary function)
 * @param stdCalls       call sites into the standard library's internals (removed from the graph)
 * @param intrinsicCalls call sites of LLVM intrinsics
 * @param indirectCalls  call sites through a pointer (callee unknown)
 * @param foreignCalls   call sites into C symbols
 * @param reachesFfi     calls C itself or reaches a function that does, within this crate's graph
 * @param reachesUnsafe  is unsafe itself or reaches an unsafe function, within this crate's graph
 * @param recursive      on a cycle of the call graph (a strongly connected component of more than one function,
 *                       or calling itself)
 */
public record FunctionNode(String id, String name, String crate, String version, String owner,
                           String instantiatedIn, String file, int line, String linkage, boolean exported,
                           boolean unsafe, Provenance provenance, int copies, long stdCalls, long intrinsicCalls,
                           long indirectCalls, long foreignCalls, boolean reachesFfi, boolean reachesUnsafe,
                           boolean recursive) {

    public boolean stub() {
        return owner == null;
    }
}
