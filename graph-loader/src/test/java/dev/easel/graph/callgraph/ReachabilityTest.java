package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.CallEdge;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DirectedPseudograph;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Reachability} over the condensation agrees with a breadth-first search from every vertex. */
class ReachabilityTest {

    @Test
    void smallGraphByHand() {
        // a -> b -> c (ffi);  d <-> e (recursive), e -> f (unsafe);  g -> g (self call)
        Graph<String, Call> g = graph();
        edge(g, "a", "b");
        edge(g, "b", "c");
        edge(g, "d", "e");
        edge(g, "e", "d");
        edge(g, "e", "f");
        edge(g, "g", "g");
        Reachability.Result r = Reachability.compute(g, "c"::equals, "f"::equals);
        assertEquals(Set.of("a", "b", "c"), r.reachesFfi());
        assertEquals(Set.of("d", "e", "f"), r.reachesUnsafe());
        assertEquals(Set.of("d", "e", "g"), r.recursive());
    }

    @RepeatedTest(40)
    void randomGraphsAgreeWithBruteForce(RepetitionInfo info) {
        Random random = new Random(info.getCurrentRepetition());
        int n = 2 + random.nextInt(60);
        Graph<String, Call> g = graph();
        for (int i = 0; i < n; i++) {
            g.addVertex("v" + i);
        }
        int edges = random.nextInt(n * 3);
        for (int i = 0; i < edges; i++) {
            edge(g, "v" + random.nextInt(n), "v" + random.nextInt(n));
        }
        Set<String> ffi = new HashSet<>();
        Set<String> unsafe = new HashSet<>();
        for (String v : g.vertexSet()) {
            if (random.nextInt(8) == 0) {
                ffi.add(v);
            }
            if (random.nextInt(8) == 0) {
                unsafe.add(v);
            }
        }
        Reachability.Result r = Reachability.compute(g, ffi::contains, unsafe::contains);
        assertEquals(bruteReaches(g, ffi::contains), r.reachesFfi());
        assertEquals(bruteReaches(g, unsafe::contains), r.reachesUnsafe());
        assertEquals(bruteRecursive(g), r.recursive());
    }

    /** Vertices that are a source or from which a search meets one. */
    private static Set<String> bruteReaches(Graph<String, Call> g, Predicate<String> source) {
        Set<String> out = new HashSet<>();
        for (String v : g.vertexSet()) {
            if (source.test(v) || reachable(g, v).stream().anyMatch(source)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Vertices a search from their callees comes back to. */
    private static Set<String> bruteRecursive(Graph<String, Call> g) {
        Set<String> out = new HashSet<>();
        for (String v : g.vertexSet()) {
            if (reachable(g, v).contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Vertices reachable from {@code from} in one or more calls. */
    private static Set<String> reachable(Graph<String, Call> g, String from) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(Graphs.successorListOf(g, from));
        while (!todo.isEmpty()) {
            String v = todo.pop();
            if (seen.add(v)) {
                todo.addAll(Graphs.successorListOf(g, v));
            }
        }
        return seen;
    }

    private static Graph<String, Call> graph() {
        return new DirectedPseudograph<>(null, null, false);
    }

    private static void edge(Graph<String, Call> g, String a, String b) {
        g.addVertex(a);
        g.addVertex(b);
        g.addEdge(a, b, new Call(a, b, CallEdge.Kind.DIRECT, g.edgeSet().size() + 1, null));
    }
}
