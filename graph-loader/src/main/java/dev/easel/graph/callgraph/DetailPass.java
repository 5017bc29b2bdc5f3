package dev.easel.graph.callgraph;

import dev.easel.graph.callgraph.BuildState.Node;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The {@link Detail} level: keeps every function, the boundary paths, or none (crate level only). */
final class DetailPass implements GraphPass {

    @Override
    public void apply(BuildState s) {
        s.keep = switch (s.detail) {
            case FULL -> new HashSet<>(s.graph.vertexSet());
            case CRATE -> Set.of();
            case BOUNDARY -> boundary(s.graph, s.pruned);
        };
        if (s.keep.size() != s.graph.vertexSet().size()) {
            s.graph.removeAllVertices(new ArrayList<>(s.graph.vertexSet().stream()
                    .filter(v -> !s.keep.contains(v)).toList()));
        }
    }

    /**
     * Functions on a path from an entry point (exported, or external linkage; when there is none, every function no
     * one calls) to a target (a function calling C, an unsafe function, or another crate's function).
     */
    private static Set<String> boundary(Graph<String, Call> graph, Map<String, Node> nodes) {
        List<String> roots = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n.owner != null && (n.exported || "external".equals(n.linkage))) {
                roots.add(n.id);
            }
        }
        if (roots.isEmpty()) {
            for (Node n : nodes.values()) {
                if (n.owner != null && graph.inDegreeOf(n.id) == 0) {
                    roots.add(n.id);
                }
            }
        }
        List<String> targets = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n.foreignCalls > 0 || n.unsafe || n.owner == null) {
                targets.add(n.id);
            }
        }
        Set<String> forward = walk(roots, v -> Graphs.successorListOf(graph, v));
        Set<String> backward = walk(targets, v -> Graphs.predecessorListOf(graph, v));
        forward.retainAll(backward);
        return forward;
    }

    private static Set<String> walk(List<String> starts, Function<String, List<String>> next) {
        Set<String> seen = new HashSet<>(starts);
        Deque<String> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty()) {
            for (String w : next.apply(todo.pop())) {
                if (seen.add(w)) {
                    todo.push(w);
                }
            }
        }
        return seen;
    }
}
