package dev.easel.graph.load;

import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.db.DatabaseUnavailableException;
import dev.easel.graph.db.GraphStore;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads {@link CrateAnalysis} records into the graph over the driver, online, streaming.
 *
 * <p>Analyses are taken in windows of about {@link LoadOptions#windowRows()} rows, so memory is bounded by the
 * window, not by the input. Each window: (1) its versions are marked {@code load_state = 'loading'} and what earlier
 * loads of them wrote is removed ({@link Cleanup}); (2) nodes are MERGEd, label by label, in {@code UNWIND} batches;
 * (3) relationships are written in batches, concurrently; (4) functions no longer defined are removed; (5) each crate's
 * {@code latest} version is marked ({@link LatestMarker}); (6) the versions are marked {@code 'complete'}. A run
 * killed at any point leaves its window's versions {@code 'loading'};
 * the next load rolls them back first ({@link #recoverInterrupted()}), so no half-loaded version ever reads as
 * complete, and loading the same input again gives the same graph.
 */
public final class AnalysisLoader {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisLoader.class);

    private final GraphStore store;
    private final LoadOptions options;
    private final LoadListener listener;

    public AnalysisLoader(GraphStore store, LoadOptions options) {
        this(store, options, LoadListener.NONE);
    }

    public AnalysisLoader(GraphStore store, LoadOptions options, LoadListener listener) {
        this.store = store;
        this.options = options;
        this.listener = listener;
    }

    public static LoadReport load(GraphStore store, Iterable<CrateAnalysis> analyses, LoadOptions options) {
        return new AnalysisLoader(store, options).load(analyses);
    }

    /** Loads every analysis of the iterable (which may be lazy: it is consumed once, one record at a time). */
    public LoadReport load(Iterable<CrateAnalysis> analyses) {
        try (Run run = new Run()) {
            for (CrateAnalysis a : analyses) {
                run.accept(a);
            }
            return run.finish();
        }
    }

    /** Streams a JSON-lines file of analyses; bad lines are reported as failures naming file and line. */
    public LoadReport loadFile(Path jsonLines) throws IOException {
        try (Run run = new Run()) {
            AnalysisJson.read(jsonLines, run::accept,
                    bad -> run.failed.add(new LoadReport.Failure(bad.file() + ":" + bad.line(), bad.message())));
            return run.finish();
        }
    }

    /**
     * Finds versions an interrupted load left {@code 'loading'} and rolls each back: the functions and
     * relationships that load wrote are removed and the version is marked {@code 'rolled_back'} (its node and the
     * facts other loads wrote stay). Loading its analysis again completes it.
     *
     * @return the ids of the versions rolled back
     */
    public List<String> recoverInterrupted() {
        List<String> ids;
        try (Session session = store.session()) {
            ids = session.run(Cleanup.INTERRUPTED).list(r -> r.get("id").asString());
        }
        for (String id : ids) {
            LOG.warn("version {} was left half-loaded by an interrupted load; rolling it back", id);
            removeFacts(id, false);
            removeOrphans(id);
            run("MATCH (v:Version {id: $id}) SET v.load_state = 'rolled_back'", Map.of("id", id));
        }
        if (!ids.isEmpty()) {
            LatestMarker.mark(store, ids); // a rolled-back version is no crate's latest
        }
        return ids;
    }

    /** Marks the versions 'loading' in one committed transaction; returns those that did not exist before. */
    private Set<String> markLoading(List<String> ids) {
        Map<String, Object> params = Map.of("ids", ids);
        try (Session session = store.session()) {
            return session.executeWrite(tx -> {
                Set<String> fresh = new HashSet<>();
                tx.run(Cleanup.MARK_LOADING, params).forEachRemaining(r -> {
                    if (r.get("fresh").asBoolean()) {
                        fresh.add(r.get("id").asString());
                    }
                });
                return fresh;
            });
        }
    }

    private void removeFacts(String id, boolean factsOnly) {
        Map<String, Object> p = Map.of("id", id);
        if (factsOnly) {
            run(Cleanup.VERSION_FACT_EDGES, p);
            return;
        }
        run(Cleanup.FUNCTION_EDGES, p);
        run(Cleanup.DEFINES, p);
        run(Cleanup.VERSION_EDGES, p);
    }

    private void removeOrphans(String id) {
        run(Cleanup.ORPHAN_FUNCTIONS, Map.of("id", id));
    }

    /**
     * The window without the dependency scans of versions the graph already holds a fuller analysis of (built, or a
     * crate of a source-only run): a scan of a dependency never replaces what a crate's own analysis wrote.
     */
    private List<VersionRows> withoutSupersededScans(List<VersionRows> window) {
        List<String> scans = window.stream().filter(v -> v.dependencyScan).map(v -> v.versionId).toList();
        if (scans.isEmpty()) {
            return window;
        }
        Set<String> held;
        try (Session session = store.session()) {
            held = new HashSet<>(session.executeRead(tx -> tx.run(Cleanup.FULLER_ANALYSES, Map.of("ids", scans))
                    .list(r -> r.get("id").asString())));
        }
        if (held.isEmpty()) {
            return window;
        }
        LOG.debug("{} dependency scans left out: the graph holds fuller analyses of them", held.size());
        return window.stream().filter(v -> !(v.dependencyScan && held.contains(v.versionId))).toList();
    }

    /** Auto-commit statements (CALL … IN TRANSACTIONS needs one), retried a few times on transient errors. */
    private void run(String cypher, Map<String, Object> params) {
        for (int attempt = 1; ; attempt++) {
            try (Session session = store.session()) {
                session.run(cypher, params).consume();
                return;
            } catch (TransientException e) {
                if (attempt >= 5) {
                    throw e;
                }
                LOG.debug("transient error, retrying: {}", e.getMessage());
                sleep(100L * attempt);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** One load: the current window and the report's tallies. */
    private final class Run implements AutoCloseable {
        final long started = System.nanoTime();
        final BatchWriter writer = new BatchWriter(store, options.batchSize(), options.threads());
        final List<VersionRows> window = new ArrayList<>();
        final Set<String> windowIds = new HashSet<>();
        final List<LoadReport.Failure> failed = new ArrayList<>();
        final List<String> recovered;
        int windowRows;
        long loaded;

        Run() {
            recovered = recoverInterrupted();
        }

        void accept(CrateAnalysis analysis) {
            VersionRows rows;
            try {
                rows = VersionRows.of(analysis, options);
            } catch (RuntimeException e) {
                LOG.warn("cannot load {}: {}", analysis.id(), e.toString());
                failed.add(new LoadReport.Failure(analysis.id(), e.toString()));
                return;
            }
            if (windowIds.contains(rows.versionId)) {
                flush(); // the same version twice: the later analysis replaces the earlier one
            }
            window.add(rows);
            windowIds.add(rows.versionId);
            windowRows += rows.size();
            if (windowRows >= options.windowRows()) {
                flush();
            }
        }

        LoadReport finish() {
            flush();
            return new LoadReport(loaded, failed, recovered, writer.nodeCounts(), writer.relationshipCounts(),
                    Duration.ofNanos(System.nanoTime() - started));
        }

        void flush() {
            if (window.isEmpty()) {
                return;
            }
            try {
                write(window);
                loaded += window.size();
            } catch (RuntimeException e) {
                throwIfDatabaseLost(e);
                if (window.size() == 1) {
                    fail(window.get(0), e);
                } else {
                    LOG.warn("window of {} versions failed ({}); loading them one by one", window.size(), e.toString());
                    for (VersionRows v : window) {
                        try {
                            write(List.of(v));
                            loaded++;
                        } catch (RuntimeException single) {
                            throwIfDatabaseLost(single);
                            fail(v, single);
                        }
                    }
                }
            } finally {
                window.clear();
                windowIds.clear();
                windowRows = 0;
            }
            listener.progress(loaded, failed.size());
        }

        /**
         * A lost database is no fault of the versions: the load stops (its window stays 'loading', rolled back by the
         * next load) instead of failing every version in turn, each after the driver's retries.
         */
        private void throwIfDatabaseLost(RuntimeException e) {
            if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException || store.isClosed()) {
                throw new DatabaseUnavailableException("lost " + store.where() + " while loading: " + e.getMessage(), e);
            }
        }

        private void fail(VersionRows v, RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().replace('\n', ' ');
            LOG.warn("cannot load {}: {}", v.versionId, reason);
            failed.add(new LoadReport.Failure(v.versionId, reason));
            try {
                removeFacts(v.versionId, v.factsOnly);
                removeOrphans(v.versionId);
                run(Cleanup.MARK_FAILED, Map.of("id", v.versionId, "reason", reason));
            } catch (RuntimeException cleanup) {
                // left 'loading': the next run's recovery rolls it back
                LOG.warn("cannot roll back {}: {}", v.versionId, cleanup.toString());
            }
        }

        private void write(List<VersionRows> window) {
            long t0 = System.nanoTime();
            List<VersionRows> versions = withoutSupersededScans(window);
            if (versions.isEmpty()) {
                return;
            }
            List<String> ids = versions.stream().map(v -> v.versionId).toList();
            Set<String> fresh = markLoading(ids);
            for (VersionRows v : versions) {
                if (!fresh.contains(v.versionId)) {
                    removeFacts(v.versionId, v.factsOnly);
                }
            }
            long t1 = System.nanoTime();
            Map<Statement, List<Row>> nodes = new EnumMap<>(Statement.class);
            Map<Statement, List<Row>> relationships = new EnumMap<>(Statement.class);
            Map<Statement, Set<Row>> seen = new EnumMap<>(Statement.class);
            for (VersionRows v : versions) {
                v.rows.forEach((s, rows) -> {
                    Map<Statement, List<Row>> target = s.writesNodes() ? nodes : relationships;
                    if (s.shared()) {
                        // the same Crate, stub, VERSION_OF... from several versions: once per window
                        Set<Row> dedupe = seen.computeIfAbsent(s, k -> new LinkedHashSet<>());
                        for (Row row : rows) {
                            if (dedupe.add(row)) {
                                target.computeIfAbsent(s, k -> new ArrayList<>()).add(row);
                            }
                        }
                    } else {
                        target.computeIfAbsent(s, k -> new ArrayList<>()).addAll(rows);
                    }
                });
            }
            nodes.forEach(writer::write);
            long t2 = System.nanoTime();
            writer.writeConcurrently(relationships);
            long t3 = System.nanoTime();
            for (VersionRows v : versions) {
                if (!v.factsOnly && !fresh.contains(v.versionId)) {
                    removeOrphans(v.versionId);
                }
            }
            LatestMarker.mark(store, ids);
            run(Cleanup.MARK_COMPLETE, Map.of("ids", ids)); // last: a window is complete only once all of it is written
            LOG.debug("window of {} versions: cleanup {} ms, nodes {} ms, relationships {} ms, finish {} ms",
                    versions.size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                    (System.nanoTime() - t3) / 1_000_000);
        }

        @Override
        public void close() {
            writer.close();
        }
    }
}
