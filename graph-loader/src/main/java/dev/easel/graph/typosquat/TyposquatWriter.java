package dev.easel.graph.typosquat;

import dev.easel.analyzer.typosquat.Check;
import dev.easel.analyzer.typosquat.PopularCrate;
import dev.easel.analyzer.typosquat.Suspect;
import dev.easel.analyzer.typosquat.TyposquatDetector;
import dev.easel.graph.db.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One typosquatting run over the graph. The corpus comes from the graph (crates ranked by {@code downloads}, or the
 * crates a list names); every Crate is checked; the results replace the former MAY_SQUAT relationships in a single
 * write transaction, so a failed run leaves the previous results whole. Memory: the candidate table, one name and
 * owner list at a time while crates stream, and the suspects.
 */
public final class TyposquatWriter {

    static final String TOP_BY_DOWNLOADS = """
            MATCH (c:Crate) WHERE c.downloads IS NOT NULL
            WITH c ORDER BY c.downloads DESC, c.name LIMIT $top
            RETURN c.name AS name, c.downloads AS downloads, [(o:Owner)-[:OWNS]->(c) | o.id] AS owners""";
    static final String NAMED = """
            UNWIND range(0, size($names) - 1) AS i
            MATCH (c:Crate {name: $names[i]})
            RETURN c.name AS name, coalesce(c.downloads, 0) AS downloads, [(o:Owner)-[:OWNS]->(c) | o.id] AS owners
            ORDER BY i""";
    static final String ALL_CRATES = "MATCH (c:Crate) RETURN c.name AS name, [(o:Owner)-[:OWNS]->(c) | o.id] AS owners";
    static final String DROP = "MATCH (:Crate)-[s:MAY_SQUAT]->(:Crate) DELETE s";
    static final String WRITE = """
            UNWIND $rows AS r
            MATCH (a:Crate {name: r.suspect}), (b:Crate {name: r.popular})
            CREATE (a)-[:MAY_SQUAT {checks: r.checks, score: r.score}]->(b)""";
    private static final int WRITE_BATCH = 5000;

    /**
     * What to check.
     *
     * @param top    corpus size when ranked by downloads
     * @param corpus crate names to use as the corpus instead, null to rank by downloads
     * @param checks the checks to run
     */
    public record Options(int top, List<String> corpus, Set<Check> checks) {
        public Options {
            if (top < 1) {
                throw new IllegalArgumentException("the corpus needs at least one crate (top " + top + ")");
            }
            corpus = corpus == null ? null : List.copyOf(corpus);
            checks = Set.copyOf(checks);
        }
    }

    /**
     * What a run did.
     *
     * @param corpus         popular crates checked against
     * @param notInGraph     corpus names without a Crate in the graph (skipped)
     * @param generated      candidate names generated, duplicates included
     * @param candidates     distinct candidate names
     * @param namesChecked   crates whose names were checked
     * @param suspects       crates with at least one MAY_SQUAT
     * @param relationships  MAY_SQUAT relationships written
     * @param removed        MAY_SQUAT relationships of former runs removed
     * @param detectSeconds  building the candidate table and checking every name, without database time
     * @param seconds        the whole run
     */
    public record Report(int corpus, List<String> notInGraph, long generated, int candidates, long namesChecked,
                         int suspects, int relationships, long removed, double detectSeconds, double seconds) {
        public Report {
            notInGraph = List.copyOf(notInGraph);
        }
    }

    private TyposquatWriter() {
    }

    /** Runs the checks and replaces the graph's MAY_SQUAT relationships; throws when the corpus is empty. */
    public static Report run(GraphStore store, Options options) {
        long started = System.nanoTime();
        List<String> notInGraph = new ArrayList<>();
        List<PopularCrate> corpus = corpus(store, options, notInGraph);
        if (corpus.isEmpty()) {
            throw new IllegalStateException(options.corpus() == null
                    ? "no crate in the graph has a download count: import the crates.io db-dump first "
                    + "(easel index import --db-dump), or name the corpus in a file"
                    : "none of the corpus names is a crate in the graph");
        }
        long detectStarted = System.nanoTime();
        TyposquatDetector detector = new TyposquatDetector(corpus, options.checks());
        long detectNanos = System.nanoTime() - detectStarted;
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> suspects = new HashSet<>();
        long checked = 0;
        try (Session session = store.session()) {
            Result crates = session.run(ALL_CRATES);
            while (crates.hasNext()) {
                Record r = crates.next();
                String name = r.get("name").asString();
                Set<String> owners = Set.copyOf(r.get("owners").asList(Value::asString));
                long t = System.nanoTime();
                List<Suspect> found = detector.check(name, owners);
                detectNanos += System.nanoTime() - t;
                checked++;
                for (Suspect s : found) {
                    rows.add(Map.of("suspect", s.crate(), "popular", s.popular(), "checks", s.checkNames(),
                            "score", s.score()));
                    suspects.add(s.crate());
                }
            }
        }
        long removed = replace(store, rows);
        TyposquatDetector.Stats stats = detector.stats();
        return new Report(stats.corpus(), notInGraph, stats.generated(), stats.candidates(), checked, suspects.size(),
                rows.size(), removed, detectNanos / 1e9, (System.nanoTime() - started) / 1e9);
    }

    private static List<PopularCrate> corpus(GraphStore store, Options options, List<String> notInGraph) {
        List<PopularCrate> out = new ArrayList<>();
        try (Session session = store.session()) {
            Result result = options.corpus() == null
                    ? session.run(TOP_BY_DOWNLOADS, Map.of("top", options.top()))
                    : session.run(NAMED, Map.of("names", options.corpus()));
            result.forEachRemaining(r -> out.add(new PopularCrate(r.get("name").asString(),
                    r.get("downloads").asLong(), Set.copyOf(r.get("owners").asList(Value::asString)))));
        }
        if (options.corpus() != null) {
            Set<String> found = new HashSet<>();
            out.forEach(p -> found.add(p.name()));
            options.corpus().stream().filter(n -> !found.contains(n)).forEach(notInGraph::add);
        }
        return out;
    }

    /** Deletes every former MAY_SQUAT and writes the new ones, all in one transaction. */
    private static long replace(GraphStore store, List<Map<String, Object>> rows) {
        try (Session session = store.session()) {
            return session.executeWrite(tx -> {
                long removed = tx.run(DROP).consume().counters().relationshipsDeleted();
                for (int from = 0; from < rows.size(); from += WRITE_BATCH) {
                    List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + WRITE_BATCH));
                    tx.run(WRITE, Map.of("rows", batch)).consume();
                }
                return removed;
            });
        }
    }
}
