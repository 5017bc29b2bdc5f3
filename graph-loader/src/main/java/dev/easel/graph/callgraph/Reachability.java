package dev.easel.graph.callgraph;

import org.jgrapht.Graph;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which functions reach FFI or unsafe code, computed once per strongly connected component ({@link Condensation}:
 * the components are recursion), flags flowing from callee components to caller components in post-order. Linear in
 * the size of the graph.
 */
public final class Reachability {

    /** The functions that reach each kind of source (sources included), and those on a cycle. */
    public record Result(Set<String> reachesFfi, Set<String> reachesUnsafe, Set<String> recursive) {
    }

    private static final int FFI = 1;
    private static final int UNSAFE = 2;

    private Reachability() {
    }

    public static Result compute(Graph<String, Call> graph, Predicate<String> ffiSource, Predicate<String> unsafeSource) {
        Condensation<String> dag = Condensation.of(graph);
        int n = dag.size();
        // a component's flags after all its successors'
        int[] flags = new int[n];
        for (int c : dag.postOrder()) {
            int f = 0;
            for (String v : dag.members(c)) {
                f |= (ffiSource.test(v) ? FFI : 0) | (unsafeSource.test(v) ? UNSAFE : 0);
            }
            for (int s : dag.successors(c)) {
                f |= flags[s];
            }
            flags[c] = f;
        }

        Set<String> ffi = new HashSet<>();
        Set<String> unsafe = new HashSet<>();
        Set<String> recursive = new HashSet<>();
        for (int c = 0; c < n; c++) {
            for (String v : dag.members(c)) {
                if ((flags[c] & FFI) != 0) {
                    ffi.add(v);
                }
                if ((flags[c] & UNSAFE) != 0) {
                    unsafe.add(v);
                }
                if (dag.cyclic(c)) {
                    recursive.add(v);
                }
            }
        }
        return new Result(ffi, unsafe, recursive);
    }
}
