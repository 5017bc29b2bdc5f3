package dev.easel.graph.callgraph;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which functions reach FFI or unsafe code, computed once per strongly connected component: the call graph is
 * condensed (recursion collapses to one vertex, which makes it acyclic) and flags flow from callees to callers in
 * reverse topological order. Linear in the size of the graph.
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
        Graph<Graph<String, Call>, DefaultEdge> condensation =
                new GabowStrongConnectivityInspector<>(graph).getCondensation();
        List<Graph<String, Call>> order = new ArrayList<>(condensation.vertexSet().size());
        new TopologicalOrderIterator<>(condensation).forEachRemaining(order::add);

        Map<Graph<String, Call>, Integer> flags = new IdentityHashMap<>();
        Set<String> ffi = new HashSet<>();
        Set<String> unsafe = new HashSet<>();
        Set<String> recursive = new HashSet<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Graph<String, Call> component = order.get(i);
            int f = 0;
            for (String v : component.vertexSet()) {
                if (ffiSource.test(v)) {
                    f |= FFI;
                }
                if (unsafeSource.test(v)) {
                    f |= UNSAFE;
                }
            }
            for (DefaultEdge e : condensation.outgoingEdgesOf(component)) {
                f |= flags.getOrDefault(condensation.getEdgeTarget(e), 0);
            }
            flags.put(component, f);
            boolean cycle = component.vertexSet().size() > 1;
            for (String v : component.vertexSet()) {
                if ((f & FFI) != 0) {
                    ffi.add(v);
                }
                if ((f & UNSAFE) != 0) {
                    unsafe.add(v);
                }
                if (cycle || graph.containsEdge(v, v)) {
                    recursive.add(v);
                }
            }
        }
        return new Result(ffi, unsafe, recursive);
    }
}
