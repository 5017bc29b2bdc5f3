package dev.easel.graph.advisory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an advisory import did.
 *
 * @param files             advisory files in the database
 * @param advisories        advisories imported (files that could be read)
 * @param withdrawn         of them, withdrawn (imported, but affecting and naming nothing)
 * @param concerning        advisories whose crate is in the graph
 * @param affects           AFFECTS relationships written
 * @param names             NAMES relationships written
 * @param advisoriesNaming  advisories with at least one NAMES
 * @param unmatched         every named path that matched nothing, with the reason
 * @param reach             the reach computation
 * @param factsTime         reading the graph, matching and writing the advisory facts
 */
public record ImportReport(int files, int advisories, int withdrawn, int concerning, long affects, long names,
                           int advisoriesNaming, List<Unmatched> unmatched, Reach reach, Duration factsTime) {

    public ImportReport {
        unmatched = List.copyOf(unmatched);
    }

    /**
     * @param exposed           (version, advisory) pairs where the version resolved to an affected version of an
     *                          advisory that names functions: what a lock-file audit reports, the question reach answers
     * @param reaches           REACHES relationships written: pairs whose version can reach a named function
     * @param functions         functions read: those that can reach a named function (the named ones included)
     * @param calls             CALLS relationships among them
     * @param components        strongly connected components among them
     * @param readTime          reading that part of the call graph out of the database
     * @param computeTime       the computation in memory
     * @param totalTime         everything, writing REACHES included
     */
    public record Reach(long exposed, long reaches, int functions, long calls, int components,
                        Duration readTime, Duration computeTime, Duration totalTime) {
    }

    /** Unmatched paths counted by reason, in the reasons' order. */
    public Map<UnmatchedReason, Long> unmatchedByReason() {
        Map<UnmatchedReason, Long> out = new TreeMap<>();
        unmatched.forEach(u -> out.merge(u.reason(), 1L, Long::sum));
        return out;
    }
}
