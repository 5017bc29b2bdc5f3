package dev.easel.bench.advisory;

import dev.easel.analyzer.advisory.Advisory;
import dev.easel.analyzer.advisory.AdvisoryDatabaseReader.AdvisoryDatabase;
import dev.easel.bench.BenchStores;
import dev.easel.bench.HeapPeak;
import dev.easel.graph.advisory.AdvisoryImporter;
import dev.easel.graph.advisory.ImportReport;
import dev.easel.graph.callgraph.Detail;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.load.LoadReport;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Every advisory's reach over a synthetic ecosystem ({@link SyntheticEcosystem}) loaded into the embedded Neo4j:
 * easel's way ({@link AdvisoryImporter#computeReach()}: the part of the call graph that can reach a named function
 * read out once, reach computed in memory over its condensation, REACHES written) against the obvious way, one variable-length Cypher shortest-path match
 * per question (version, advisory), timed on a sample of the questions and extrapolated to all of them. The sample
 * also checks that both ways agree on every answer.
 */
public final class AdvisoryReachBenchmark {

    /** A question of the baseline that ran longer than this is counted as a timeout. */
    static final Duration BASELINE_TIMEOUT = Duration.ofSeconds(30);

    /**
     * The question as one would ask Cypher: both ends bound, then a shortest path (a bidirectional search per pair
     * of a version's function and a named function).
     */
    static final String BASELINE = """
            MATCH (:Advisory {id: $advisory})-[:NAMES]->(t:Function)
            MATCH (s:Function {owner: $version}) WHERE s.crate = $crate
            MATCH p = SHORTEST 1 (s)-[:CALLS]->+(t)
            RETURN min(length(p)) AS length""";

    static final String QUESTIONS = """
            MATCH (a:Advisory)-[:AFFECTS]->(t:Version)<-[:RESOLVED_TO]-(v:Version)
            WHERE v.analysed AND v.name <> t.name AND EXISTS { (a)-[:NAMES]->(:Function) }
            WITH DISTINCT v, a
            OPTIONAL MATCH (v)-[r:REACHES]->(a)
            RETURN v.id AS version, v.name AS crate, a.id AS advisory, r.length AS length
            ORDER BY version, advisory""";

    /**
     * @param functions        functions read for reach: those that can reach a named function
     * @param calls            CALLS relationships among them
     * @param questions        (version, advisory) pairs asked: the version resolved an affected version of an
     *                         advisory that names functions
     * @param reached          of them, answered yes (REACHES written)
     * @param reach            easel's reach: streaming the call graph out, computing, writing REACHES
     * @param readTime         of which streaming the call graph out
     * @param computeTime      of which the computation in memory
     * @param importTime       the whole import (advisory facts and reach)
     * @param sampled          questions the baseline answered
     * @param timedOut         of them, given up after {@link #BASELINE_TIMEOUT}
     * @param baselineMean     the baseline's mean time per question on the sample (timeouts counted at the timeout)
     * @param agreed           sampled questions on which both ways gave the same answer (reached or not, and length)
     * @param reachHeapBytes   peak heap during the reach computation (embedded server included: an upper bound)
     */
    public record Result(int crates, long functions, long calls, long questions, long reached, Duration reach,
                         Duration readTime, Duration computeTime, Duration importTime, int sampled, int timedOut,
                         Duration baselineMean, int agreed, long reachHeapBytes) {

        /** The baseline's time for every question, extrapolated from the sample. */
        public Duration baselineEstimate() {
            return baselineMean.multipliedBy(Math.max(1, questions));
        }

        /** How many times faster easel's reach is than the baseline for every question. */
        public double ratio() {
            return reach.isZero() ? 0 : (double) baselineEstimate().toNanos() / reach.toNanos();
        }
    }

    private AdvisoryReachBenchmark() {
    }

    /** Runs against a fresh embedded server in a temporary folder, removed afterwards. */
    public static Result run(int crates, int functionsPerCrate, int advisories, int sample, PrintStream out) {
        return BenchStores.withTemporaryStore("easel-advisory-bench",
                store -> run(store, crates, functionsPerCrate, advisories, sample, out));
    }

    /** Runs against {@code store}, which it empties first and leaves holding the ecosystem and its advisories. */
    public static Result run(GraphStore store, int crates, int functionsPerCrate, int advisories, int sample,
                             PrintStream out) {
        SyntheticEcosystem ecosystem = new SyntheticEcosystem(crates, functionsPerCrate, 42);
        List<Advisory> list = ecosystem.advisories(advisories);
        out.printf("advisory reach benchmark: %d crates x %d functions, %d advisories (%d naming functions)%n",
                crates, functionsPerCrate, list.size(), list.stream().filter(a -> !a.functions().isEmpty()).count());
        BenchStores.clear(store);
        LoadReport load = AnalysisLoader.load(store, ecosystem.analyses(), LoadOptions.defaults().withDetail(Detail.FULL));
        out.printf("  loaded: %,d nodes, %,d relationships in %,d s%n", load.nodesTotal(), load.relationshipsTotal(),
                load.elapsed().toSeconds());

        long t0 = System.nanoTime();
        ImportReport imported = new AdvisoryImporter(store).importDatabase(
                new AdvisoryDatabase(Path.of("synthetic"), list, List.of(), list.size()));
        Duration importTime = Duration.ofNanos(System.nanoTime() - t0);
        out.printf("  import: %,d AFFECTS, %,d NAMES, %,d REACHES in %.1f s%n", imported.affects(), imported.names(),
                imported.reach().reaches(), importTime.toMillis() / 1000.0);

        // reach alone, again, as a user runs it after loading more crates: the figure the target is about
        HeapPeak.reset();
        ImportReport.Reach reach = new AdvisoryImporter(store).computeReach();
        long heap = HeapPeak.bytes();
        out.printf("  reach: %,d questions (version, advisory), %,d reached; %,d functions that reach a named one and "
                        + "%,d calls among them read in %.1f s, computed in %.2f s (%,d components), %.1f s in all; "
                        + "peak heap %,d MB%n", reach.exposed(), reach.reaches(), reach.functions(), reach.calls(),
                reach.readTime().toMillis() / 1000.0, reach.computeTime().toMillis() / 1000.0, reach.components(),
                reach.totalTime().toMillis() / 1000.0, heap >> 20);

        List<Record> questions;
        try (Session s = store.session()) {
            questions = s.run(QUESTIONS).list();
        }
        List<Record> picked = new ArrayList<>(questions);
        Collections.shuffle(picked, new Random(7));
        picked = picked.subList(0, Math.min(sample, picked.size()));
        if (!picked.isEmpty()) {
            // warm up: the server plans the statement once
            try (Session s = store.session()) {
                Record q = picked.get(0);
                s.run(BASELINE, Map.of("version", q.get("version").asString(), "crate", q.get("crate").asString(),
                        "advisory", q.get("advisory").asString())).consume();
            }
        }
        long totalNanos = 0;
        int timedOut = 0;
        int agreed = 0;
        for (Record q : picked) {
            Map<String, Object> params = new HashMap<>();
            params.put("version", q.get("version").asString());
            params.put("crate", q.get("crate").asString());
            params.put("advisory", q.get("advisory").asString());
            long started = System.nanoTime();
            Long length;
            try (Session s = store.session()) {
                List<Record> rows = s.run(BASELINE, params,
                        TransactionConfig.builder().withTimeout(BASELINE_TIMEOUT).build()).list();
                length = rows.isEmpty() || rows.get(0).get("length").isNull() ? null : rows.get(0).get("length").asLong();
            } catch (ClientException | TransientException e) {
                length = null;
                timedOut++;
                out.printf("    baseline gave up on %s / %s: %s%n", params.get("version"), params.get("advisory"),
                        e.getMessage());
                totalNanos += BASELINE_TIMEOUT.toNanos();
                continue;
            }
            totalNanos += System.nanoTime() - started;
            Long easel = q.get("length").isNull() ? null : q.get("length").asLong();
            if (Objects.equals(length, easel)) {
                agreed++;
            } else {
                out.printf("    disagreement on %s / %s: baseline %s, easel %s%n", params.get("version"),
                        params.get("advisory"), length, easel);
            }
        }
        Duration mean = picked.isEmpty() ? Duration.ZERO : Duration.ofNanos(totalNanos / picked.size());
        Result result = new Result(crates, reach.functions(), reach.calls(), reach.exposed(), reach.reaches(),
                reach.totalTime(), reach.readTime(), reach.computeTime(), importTime, picked.size(), timedOut, mean,
                agreed, heap);
        out.printf("  baseline (one Cypher shortest-path match per question): %d sampled, mean %,d ms, %d timed out; "
                        + "estimate for all %,d questions %.0f s%n", picked.size(), mean.toMillis(), timedOut,
                result.questions(), result.baselineEstimate().toMillis() / 1000.0);
        out.printf("  agreement on the sample: %d of %d%n", agreed, picked.size());
        out.printf("  reach: %.1f s for every advisory; baseline / reach: %.0fx%n", reach.totalTime().toMillis() / 1000.0,
                result.ratio());
        return result;
    }
}
