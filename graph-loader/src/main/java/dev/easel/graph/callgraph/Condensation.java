package dev.easel.graph.callgraph;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A directed graph condensed to its strongly connected components (Gabow's algorithm), which form an acyclic graph:
 * facts that flow from callees to callers are computed once per component, in {@link #postOrder()}. Built in time
 * linear in the graph. (JGraphT's {@code getCondensation()} builds a subgraph view per component, which costs time
 * proportional to the whole graph for each one: quadratic on call graphs.)
 *
 * @param <V> the vertex type
 */
public final class Condensation<V> {

    private final List<Set<V>> components;
    private final Map<V, Integer> componentOf;
    private final int[][] successors;
    private final boolean[] cyclic;

    private Condensation(List<Set<V>> components, Map<V, Integer> componentOf, int[][] successors, boolean[] cyclic) {
        this.components = components;
        this.componentOf = componentOf;
        this.successors = successors;
        this.cyclic = cyclic;
    }

    public static <V, E> Condensation<V> of(Graph<V, E> graph) {
        List<Set<V>> components = new GabowStrongConnectivityInspector<>(graph).stronglyConnectedSets();
        Map<V, Integer> componentOf = new HashMap<>(graph.vertexSet().size() * 2);
        for (int c = 0; c < components.size(); c++) {
            for (V v : components.get(c)) {
                componentOf.put(v, c);
            }
        }
        int n = components.size();
        boolean[] cyclic = new boolean[n];
        List<Set<Integer>> succ = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            succ.add(new LinkedHashSet<>());
            cyclic[c] = components.get(c).size() > 1;
        }
        for (E e : graph.edgeSet()) {
            int a = componentOf.get(graph.getEdgeSource(e));
            int b = componentOf.get(graph.getEdgeTarget(e));
            if (a == b) {
                cyclic[a] = true; // a self-call, or an edge inside a component
            } else {
                succ.get(a).add(b);
            }
        }
        int[][] successors = new int[n][];
        for (int c = 0; c < n; c++) {
            successors[c] = succ.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        return new Condensation<>(components, componentOf, successors, cyclic);
    }

    /** The number of components. */
    public int size() {
        return components.size();
    }

    public Set<V> members(int component) {
        return components.get(component);
    }

    public int componentOf(V vertex) {
        return componentOf.get(vertex);
    }

    /** The components this one has an edge into, itself never included. */
    public int[] successors(int component) {
        return successors[component];
    }

    /** On a cycle: more than one vertex, or a vertex with an edge to itself. */
    public boolean cyclic(int component) {
        return cyclic[component];
    }

    /** Every component once, each after all the components it reaches (iterative: no recursion depth limit). */
    public int[] postOrder() {
        int n = size();
        int[] order = new int[n];
        int written = 0;
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
                    for (int s : successors[c]) {
                        if (state[s] == 0) {
                            stack.push(s);
                        }
                    }
                } else {
                    stack.pop();
                    if (state[c] == 1) {
                        order[written++] = c;
                        state[c] = 2;
                    }
                }
            }
        }
        return order;
    }
}
