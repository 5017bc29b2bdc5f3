package dev.easel.graph.advisory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole graph's CALLS relationships held compactly: functions numbered densely, successors and predecessors in
 * compressed rows (two int arrays each), every adjacency sorted by function id so that walks, and so the paths
 * reported, do not depend on the order the database returned rows in. About 8 bytes per call plus the id strings.
 */
final class CallGraphSnapshot {

    private final List<String> ids;
    private final int[] outStart;
    private final int[] out;
    private final int[] inStart;
    private final int[] in;
    private final Map<String, Integer> index;

    private CallGraphSnapshot(List<String> ids, Map<String, Integer> index, int[] outStart, int[] out, int[] inStart,
                              int[] in) {
        this.ids = ids;
        this.index = index;
        this.outStart = outStart;
        this.out = out;
        this.inStart = inStart;
        this.in = in;
    }

    int size() {
        return ids.size();
    }

    long edges() {
        return out.length;
    }

    String id(int v) {
        return ids.get(v);
    }

    /** The number of a function, or -1 when it is not in the snapshot. */
    int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    int outDegree(int v) {
        return outStart[v + 1] - outStart[v];
    }

    int successor(int v, int k) {
        return out[outStart[v] + k];
    }

    int inDegree(int v) {
        return inStart[v + 1] - inStart[v];
    }

    int predecessor(int v, int k) {
        return in[inStart[v] + k];
    }

    /** Collects calls (and functions without any) as they stream in. */
    static final class Builder {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        private int[] from = new int[1 << 16];
        private int[] to = new int[1 << 16];
        private int edges;

        int function(String id) {
            Integer i = index.get(id);
            if (i == null) {
                i = ids.size();
                index.put(id, i);
                ids.add(id);
            }
            return i;
        }

        void call(String caller, String callee) {
            int a = function(caller);
            int b = function(callee);
            if (edges == from.length) {
                from = Arrays.copyOf(from, edges * 2);
                to = Arrays.copyOf(to, edges * 2);
            }
            from[edges] = a;
            to[edges] = b;
            edges++;
        }

        CallGraphSnapshot build() {
            int n = ids.size();
            // rank of each function in id order: adjacency sorted by it, walks become deterministic
            Integer[] byId = new Integer[n];
            for (int i = 0; i < n; i++) {
                byId[i] = i;
            }
            Arrays.sort(byId, (x, y) -> ids.get(x).compareTo(ids.get(y)));
            int[] rank = new int[n];
            for (int r = 0; r < n; r++) {
                rank[byId[r]] = r;
            }
            int[][] outRows = rows(n, from, to, rank);
            int[][] inRows = rows(n, to, from, rank);
            from = null;
            to = null;
            return new CallGraphSnapshot(List.copyOf(ids), index, outRows[0], outRows[1], inRows[0], inRows[1]);
        }

        /** Compressed rows of {@code tail → head}, each row sorted by rank, duplicates dropped. */
        private int[][] rows(int n, int[] tail, int[] head, int[] rank) {
            int[] start = new int[n + 1];
            for (int e = 0; e < edges; e++) {
                start[tail[e] + 1]++;
            }
            for (int v = 0; v < n; v++) {
                start[v + 1] += start[v];
            }
            int[] fill = Arrays.copyOf(start, n);
            int[] heads = new int[edges];
            for (int e = 0; e < edges; e++) {
                heads[fill[tail[e]]++] = head[e];
            }
            int[] compactStart = new int[n + 1];
            int written = 0;
            for (int v = 0; v < n; v++) {
                int lo = start[v];
                int hi = start[v + 1];
                sortByRank(heads, lo, hi, rank);
                compactStart[v] = written;
                for (int k = lo; k < hi; k++) {
                    if (k == lo || heads[k] != heads[k - 1]) {
                        heads[written++] = heads[k];
                    }
                }
            }
            compactStart[n] = written;
            return new int[][] {compactStart, Arrays.copyOf(heads, written)};
        }

        private static void sortByRank(int[] a, int lo, int hi, int[] rank) {
            // insertion sort: call rows are short; long ones fall back to a boxed sort
            if (hi - lo > 32) {
                Integer[] boxed = new Integer[hi - lo];
                for (int k = lo; k < hi; k++) {
                    boxed[k - lo] = a[k];
                }
                Arrays.sort(boxed, (x, y) -> Integer.compare(rank[x], rank[y]));
                for (int k = lo; k < hi; k++) {
                    a[k] = boxed[k - lo];
                }
                return;
            }
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i];
                int j = i - 1;
                while (j >= lo && rank[a[j]] > rank[x]) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = x;
            }
        }
    }
}
