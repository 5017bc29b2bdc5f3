package dev.easel.graph.callgraph;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which functions reach FFI or unsafe code, computed once per strongly connected component: Gabow's algorithm finds
 * the components (recursion), the graph condensed to them is acyclic, and flags flow from callee components to
 * caller components in post-order. Linear in the size of the graph. (JGraphT's {@code getCondensation()} builds a
 * subgraph view per component, which costs time proportional to the whole graph for each one: quadratic here.)
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
        List<Set<String>> components = new GabowStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        Map<String, Integer> componentOf = new HashMap<>(graph.vertexSet().size() * 2);
        for (int c = 0; c < components.size(); c++) {
            for (String v : components.get(c)) {
                componentOf.put(v, c);
            }
        }
        int n = components.size();
        int[] own = new int[n];
        boolean[] cycle = new boolean[n];
        List<Set<Integer>> successors = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            successors.add(new HashSet<>());
            cycle[c] = components.get(c).size() > 1;
            for (String v : components.get(c)) {
                own[c] |= (ffiSource.test(v) ? FFI : 0) | (unsafeSource.test(v) ? UNSAFE : 0);
            }
        }
        for (Call e : graph.edgeSet()) {
            int a = componentOf.get(graph.getEdgeSource(e));
            int b = componentOf.get(graph.getEdgeTarget(e));
            if (a == b) {
                cycle[a] = true; // a self-call, or an edge inside a component
            } else {
                successors.get(a).add(b);
            }
        }

        // iterative post-order over the acyclic condensation: a component's flags after all its successors'
        int[] flags = new int[n];
        byte[] state = new byte[n]; // 0 new, 1 on the stack, 2 done
        Deque<Integer> stack = new ArrayDeque<>();
        for (int start = 0; start < n; start++) {
            if (state[start] != 0) {
                continue;
            }
            stack.push(start);
            while (!stack.isEmpty()) {
                int c = stack.peek();
                if (state[c] == 0) {
                    state[c] = 1;
                    for (int s : successors.get(c)) {
                        if (state[s] == 0) {
                            stack.push(s);
                        }
                    }
                } else {
                    stack.pop();
                    if (state[c] == 1) {
                        int f = own[c];
                        for (int s : successors.get(c)) {
                            f |= flags[s];
                        }
                        flags[c] = f;
                        state[c] = 2;
                    }
                }
            }
        }

        Set<String> ffi = new HashSet<>();
        Set<String> unsafe = new HashSet<>();
        Set<String> recursive = new HashSet<>();
        for (int c = 0; c < n; c++) {
            for (String v : components.get(c)) {
                if ((flags[c] & FFI) != 0) {
                    ffi.add(v);
                }
                if ((flags[c] & UNSAFE) != 0) {
                    unsafe.add(v);
                }
                if (cycle[c]) {
                    recursive.add(v);
                }
            }
        }
        return new Result(ffi, unsafe, recursive);
    }
}
