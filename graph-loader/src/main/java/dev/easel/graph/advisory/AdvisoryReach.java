package dev.easel.graph.advisory;

import dev.easel.graph.callgraph.Condensation;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which named functions each analysed version can reach, and one shortest call path to them, for the whole graph at
 * once:
 * <ol>
 *   <li>only functions that can reach a named function matter: a reverse walk from all of them marks those;</li>
 *   <li>that part of the call graph goes into JGraphT and is {@link Condensation condensed} to its strongly connected
 *       components (recursion), which form an acyclic graph; one post-order pass over it gives every component the
 *       set of (advisory, path) pairs it reaches, as a bit set;</li>
 *   <li>a version reaches an advisory when one of its own functions' components has one of the advisory's bits;</li>
 *   <li>for each advisory reached at all, one breadth-first walk backwards from its named functions gives every
 *       function its distance to the nearest one and the next call on the way; a version's path starts at its own
 *       function with the least distance.</li>
 * </ol>
 * Time: one pass over the relevant calls, plus one backward walk per advisory reached; no query per question.
 */
final class AdvisoryReach {

    /** A function an advisory names, and the path the advisory names it by. */
    record Target(String functionId, String path) {
    }

    /**
     * A version that resolved to a version the advisory affects.
     *
     * @param versionId the analysed version
     * @param sources   its own functions (defined by it, of its crate): where its paths start
     */
    record Exposure(String versionId, String advisory, List<String> sources) {
    }

    /**
     * One reach: the function ids of a shortest call path from the version's own function to a named one.
     *
     * @param path      function ids, first the version's own, last the named one
     * @param function  the advisory's path naming the last function
     * @param functions every path of the advisory the version reaches, sorted
     */
    record Reach(String versionId, String advisory, List<String> path, String function, List<String> functions) {
        int length() {
            return path.size() - 1;
        }
    }

    /** Sizes of the last computation, for the report. */
    record Stats(int functions, long calls, int relevantFunctions, int components) {
    }

    private final CallGraphSnapshot graph;
    private Stats stats;

    AdvisoryReach(CallGraphSnapshot graph) {
        this.graph = graph;
    }

    Stats stats() {
        return stats;
    }

    List<Reach> compute(Map<String, List<Target>> targetsByAdvisory, List<Exposure> exposures) {
        // 1. target groups: one bit per (advisory, path)
        List<String> groupAdvisory = new ArrayList<>();
        List<String> groupPath = new ArrayList<>();
        Map<String, int[]> groupRange = new HashMap<>(); // advisory -> [first, end)
        Map<Integer, List<Integer>> groupsOfFunction = new HashMap<>();
        Map<String, List<Integer>> targetFunctions = new HashMap<>();
        for (Map.Entry<String, List<Target>> e : new TreeMap<>(targetsByAdvisory).entrySet()) {
            Map<String, Integer> groupOfPath = new LinkedHashMap<>();
            int first = groupAdvisory.size();
            for (Target t : e.getValue().stream().sorted(Comparator.comparing(Target::path)).toList()) {
                int g = groupOfPath.computeIfAbsent(t.path(), p -> {
                    groupAdvisory.add(e.getKey());
                    groupPath.add(p);
                    return groupAdvisory.size() - 1;
                });
                int v = graph.indexOf(t.functionId());
                if (v >= 0) {
                    groupsOfFunction.computeIfAbsent(v, k -> new ArrayList<>()).add(g);
                    targetFunctions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(v);
                }
            }
            groupRange.put(e.getKey(), new int[] {first, groupAdvisory.size()});
        }
        int words = Math.max(1, (groupAdvisory.size() + 63) / 64);

        // 2. the functions that reach any target
        int n = graph.size();
        int[] local = new int[n];
        Arrays.fill(local, -1);
        List<Integer> relevant = new ArrayList<>();
        Deque<Integer> todo = new ArrayDeque<>();
        for (int v : groupsOfFunction.keySet()) {
            local[v] = relevant.size();
            relevant.add(v);
            todo.add(v);
        }
        while (!todo.isEmpty()) {
            int v = todo.poll();
            for (int k = 0; k < graph.inDegree(v); k++) {
                int u = graph.predecessor(v, k);
                if (local[u] < 0) {
                    local[u] = relevant.size();
                    relevant.add(u);
                    todo.add(u);
                }
            }
        }

        // 3. components of that part (JGraphT) and, per component, the groups it reaches
        Graph<Integer, DefaultEdge> part = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (int i = 0; i < relevant.size(); i++) {
            part.addVertex(i);
        }
        for (int i = 0; i < relevant.size(); i++) {
            int v = relevant.get(i);
            for (int k = 0; k < graph.outDegree(v); k++) {
                int w = local[graph.successor(v, k)];
                if (w >= 0) {
                    part.addEdge(i, w);
                }
            }
        }
        Condensation<Integer> dag = Condensation.of(part);
        int[] componentOf = new int[relevant.size()];
        for (int i = 0; i < relevant.size(); i++) {
            componentOf[i] = dag.componentOf(i);
        }
        long[][] reaches = reachedGroups(dag, groupsOfFunction, relevant, words);
        stats = new Stats(n, graph.edges(), relevant.size(), dag.size());
        part = null;

        // 4. which exposed versions reach which advisory, and which of its paths; a version's own functions and the
        //    groups they reach are worked out once, however many advisories it is exposed to
        Map<String, int[]> sourcesOf = new HashMap<>();
        Map<String, long[]> bitsOf = new HashMap<>();
        Map<String, List<Exposure>> reachedByAdvisory = new LinkedHashMap<>();
        Map<Exposure, List<String>> pathsReached = new HashMap<>();
        for (Exposure x : exposures) {
            int[] range = groupRange.get(x.advisory());
            if (range == null || range[0] == range[1]) {
                continue;
            }
            int[] own = sourcesOf.computeIfAbsent(x.versionId(), v -> x.sources().stream().sorted()
                    .mapToInt(graph::indexOf).filter(i -> i >= 0).toArray());
            long[] bits = bitsOf.computeIfAbsent(x.versionId(), v -> {
                long[] b = new long[words];
                for (int f : own) {
                    if (local[f] >= 0) {
                        long[] r = reaches[componentOf[local[f]]];
                        for (int w = 0; w < words; w++) {
                            b[w] |= r[w];
                        }
                    }
                }
                return b;
            });
            List<String> reached = new ArrayList<>();
            for (int g = range[0]; g < range[1]; g++) {
                if ((bits[g >>> 6] & (1L << (g & 63))) != 0) {
                    reached.add(groupPath.get(g));
                }
            }
            if (!reached.isEmpty()) {
                reachedByAdvisory.computeIfAbsent(x.advisory(), k -> new ArrayList<>()).add(x);
                pathsReached.put(x, reached);
            }
        }

        // 5. per advisory reached: distances to its named functions, and one shortest path per version
        List<Reach> out = new ArrayList<>();
        int[] dist = new int[n];
        int[] next = new int[n];
        for (Map.Entry<String, List<Exposure>> e : reachedByAdvisory.entrySet()) {
            String advisory = e.getKey();
            Arrays.fill(dist, -1);
            List<Integer> starts = targetFunctions.getOrDefault(advisory, List.of()).stream().distinct()
                    .sorted(Comparator.comparing(graph::id)).toList();
            Deque<Integer> queue = new ArrayDeque<>();
            for (int t : starts) {
                dist[t] = 0;
                next[t] = -1;
                queue.add(t);
            }
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int k = 0; k < graph.inDegree(v); k++) {
                    int u = graph.predecessor(v, k);
                    if (dist[u] < 0) {
                        dist[u] = dist[v] + 1;
                        next[u] = v;
                        queue.add(u);
                    }
                }
            }
            int[] range = groupRange.get(advisory);
            for (Exposure x : e.getValue()) {
                int best = -1;
                for (int v : sourcesOf.get(x.versionId())) { // in id order: ties go to the first
                    if (dist[v] >= 0 && (best < 0 || dist[v] < dist[best])) {
                        best = v;
                    }
                }
                if (best < 0) {
                    continue;
                }
                List<String> path = new ArrayList<>();
                int v = best;
                while (v >= 0) {
                    path.add(graph.id(v));
                    if (dist[v] == 0) {
                        break;
                    }
                    v = next[v];
                }
                int last = graph.indexOf(path.get(path.size() - 1));
                String named = new TreeSet<>(groupsOfFunction.get(last).stream()
                        .filter(g -> g >= range[0] && g < range[1]).map(groupPath::get).toList()).first();
                out.add(new Reach(x.versionId(), advisory, path, named, pathsReached.get(x)));
            }
        }
        return out;
    }

    /** Over the acyclic graph of components, in post-order: a component's groups are its own and its successors'. */
    private static long[][] reachedGroups(Condensation<Integer> dag, Map<Integer, List<Integer>> groupsOfFunction,
                                          List<Integer> relevant, int words) {
        long[][] bits = new long[dag.size()][words];
        for (int k : dag.postOrder()) {
            for (int i : dag.members(k)) {
                for (int g : groupsOfFunction.getOrDefault(relevant.get(i), List.of())) {
                    bits[k][g >>> 6] |= 1L << (g & 63);
                }
            }
            for (int s : dag.successors(k)) {
                for (int w = 0; w < words; w++) {
                    bits[k][w] |= bits[s][w];
                }
            }
        }
        return bits;
    }
}
