package dev.easel.graph.advisory;

import dev.easel.analyzer.advisory.Advisory;
import dev.easel.analyzer.advisory.AdvisoryDatabaseReader.AdvisoryDatabase;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.schema.GraphSchema;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Imports an advisory database into the graph and computes reach (docs/advisories.md):
 * <ol>
 *   <li>reads the versions of the advisories' crates, and the functions of the affected ones, from the graph;</li>
 *   <li>works out AFFECTS and NAMES ({@link AdvisoryFacts}, {@link FunctionMatcher});</li>
 *   <li>replaces the previous import's facts: advisories no longer in the database are deleted, the others' nodes
 *       rewritten, their relationships deleted and written again, in {@code UNWIND} batches;</li>
 *   <li>reads the part of the call graph that can reach a named function (CALLS walked backwards from the named
 *       functions, in batches) into a {@link CallGraphSnapshot}, computes {@link AdvisoryReach} in memory, and
 *       writes one REACHES per (version, advisory) reached.</li>
 * </ol>
 * An {@code (:AdvisoryImport {id: 'rustsec'})} node says {@code state: 'importing'} until the last write is done and
 * then {@code 'complete'} with the counts, so an interrupted import never looks complete; importing again repairs it.
 */
public final class AdvisoryImporter {

    private static final Logger LOG = LoggerFactory.getLogger(AdvisoryImporter.class);
    static final int FETCH_SIZE = 10_000;
    /** The properties {@link AdvisoryCypher#REACHES} sets (the row's {@code v} and {@code a} are its ends). */
    private static final Set<String> REACHES_PROPERTIES = Set.of("length", "path", "crates", "function", "functions",
            "via");

    private final GraphStore store;
    private final int batchSize;

    public AdvisoryImporter(GraphStore store) {
        this(store, 5_000);
    }

    public AdvisoryImporter(GraphStore store, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.store = store;
        this.batchSize = batchSize;
    }

    /** Imports the database's advisories (replacing an earlier import's) and computes reach. */
    public ImportReport importDatabase(AdvisoryDatabase database) {
        long t0 = System.nanoTime();
        List<Advisory> advisories = database.advisories();
        run(AdvisoryCypher.MARK_IMPORTING, Map.of("source", database.source().toString()));

        Map<String, List<GraphVersion>> versions = versionsOfCrates(advisories);
        Map<Advisory, List<GraphVersion>> affected = AdvisoryFacts.affected(advisories, versions);
        Map<String, List<FunctionMatcher.Candidate>> functions = functionsOf(AdvisoryFacts.versionsToMatch(affected));
        Set<String> foreign = foreignFunctions(advisories);
        AdvisoryFacts facts = AdvisoryFacts.of(advisories, versions, functions, foreign::contains);

        run(AdvisoryCypher.DELETE_REACHES, Map.of());
        run(AdvisoryCypher.DELETE_ADVISORY_FACTS, Map.of());
        run(AdvisoryCypher.DELETE_REMOVED_ADVISORIES, Map.of("ids", advisories.stream().map(Advisory::id).toList()));
        write(AdvisoryCypher.UPSERT_ADVISORIES, advisories.stream().map(AdvisoryNode::row).toList());
        write(AdvisoryCypher.CONCERNS, facts.concerns());
        write(AdvisoryCypher.AFFECTS, facts.affects());
        write(AdvisoryCypher.NAMES, facts.names());
        Duration factsTime = Duration.ofNanos(System.nanoTime() - t0);
        LOG.debug("advisory facts: {} AFFECTS, {} NAMES, {} unmatched in {} ms", facts.affects().size(),
                facts.names().size(), facts.unmatched().size(), factsTime.toMillis());

        ImportReport.Reach reach = computeReach();
        Set<String> namingAnything = new HashSet<>();
        facts.names().forEach(r -> namingAnything.add((String) r.get("a")));
        ImportReport report = new ImportReport(database.files(), advisories.size(),
                (int) advisories.stream().filter(Advisory::isWithdrawn).count(), facts.concerns().size(),
                facts.affects().size(), facts.names().size(), namingAnything.size(), facts.unmatched(), reach,
                factsTime);
        Map<String, Object> counts = new HashMap<>();
        counts.put("advisories", report.advisories());
        counts.put("affects", report.affects());
        counts.put("names", report.names());
        counts.put("unmatched", (long) report.unmatched().size());
        counts.put("reaches", reach.reaches());
        GraphSchema.ADVISORY_IMPORT.requireDeclared(counts.keySet());
        run(AdvisoryCypher.MARK_COMPLETE, Map.of("counts", counts));
        return report;
    }

    /**
     * Computes REACHES again from the advisories already in the graph (after new crates were loaded, say): reads the
     * part of the call graph that can reach a named function, walking CALLS backwards from the named functions in
     * batches, computes in memory, replaces every REACHES.
     */
    public ImportReport.Reach computeReach() {
        long t0 = System.nanoTime();
        Map<String, List<AdvisoryReach.Target>> targets = new LinkedHashMap<>();
        // the functions that reach a named one (the named ones first), with where each version's paths start
        CallGraphSnapshot.Builder builder = new CallGraphSnapshot.Builder();
        Map<String, List<String>> ownFunctions = new HashMap<>(); // "owner\0crate" -> functions
        Set<String> seen = new HashSet<>();
        List<String> frontier = new ArrayList<>();
        read(AdvisoryCypher.NAMED_FUNCTIONS, Map.of(), r -> {
            String function = r.get("function").asString();
            targets.computeIfAbsent(r.get("advisory").asString(), k -> new ArrayList<>())
                    .add(new AdvisoryReach.Target(function, r.get("path").asString()));
            if (seen.add(function)) {
                builder.function(function);
                frontier.add(function);
                own(ownFunctions, r, function);
            }
        });
        List<String[]> pairs = new ArrayList<>();
        read(AdvisoryCypher.EXPOSED_VERSIONS, Map.of(), r -> pairs.add(new String[] {r.get("version").asString(),
                r.get("crate").asString(), r.get("advisory").asString()}));

        // walking CALLS backwards, level by level: only this part of the graph matters for reach
        while (!pairs.isEmpty() && !frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (int from = 0; from < frontier.size(); from += FETCH_SIZE) {
                read(AdvisoryCypher.CALLERS, Map.of("ids", frontier.subList(from, Math.min(frontier.size(),
                        from + FETCH_SIZE))), r -> {
                    String caller = r.get("caller").asString();
                    builder.call(caller, r.get("callee").asString());
                    if (seen.add(caller)) {
                        next.add(caller);
                        own(ownFunctions, r, caller);
                    }
                });
            }
            frontier.clear();
            frontier.addAll(next);
        }
        CallGraphSnapshot snapshot = builder.build();
        List<AdvisoryReach.Exposure> exposures = new ArrayList<>(pairs.size());
        for (String[] p : pairs) {
            exposures.add(new AdvisoryReach.Exposure(p[0], p[2],
                    ownFunctions.getOrDefault(p[0] + '\u0000' + p[1], List.of())));
        }
        long t1 = System.nanoTime();
        AdvisoryReach computation = new AdvisoryReach(snapshot);
        List<AdvisoryReach.Reach> reaches = computation.compute(targets, exposures);
        long t2 = System.nanoTime();

        Set<String> onPaths = new LinkedHashSet<>();
        reaches.forEach(r -> onPaths.addAll(r.path()));
        Map<String, String[]> labels = new HashMap<>();
        List<String> ids = new ArrayList<>(onPaths);
        for (int from = 0; from < ids.size(); from += batchSize) {
            read(AdvisoryCypher.FUNCTION_LABELS, Map.of("ids", ids.subList(from, Math.min(ids.size(), from + batchSize))),
                    r -> labels.put(r.get("id").asString(), new String[] {r.get("name").asString(null),
                            r.get("crate").asString(null), r.get("version").asString(null)}));
        }
        List<Map<String, Object>> rows = new ArrayList<>(reaches.size());
        for (AdvisoryReach.Reach r : reaches) {
            rows.add(reachRow(r, labels));
        }
        run(AdvisoryCypher.DELETE_REACHES, Map.of());
        write(AdvisoryCypher.REACHES, rows);
        AdvisoryReach.Stats s = computation.stats();
        Duration total = Duration.ofNanos(System.nanoTime() - t0);
        LOG.debug("reach: read {} calls of the {} functions that reach a named one in {} ms, computed in {} ms ({} "
                        + "components), {} REACHES", s.calls(), s.functions(), (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, s.components(), rows.size());
        return new ImportReport.Reach(exposures.size(), rows.size(), s.functions(), s.calls(), s.components(), Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1), total);
    }

    /** Files {@code function} under its owning version and crate, from a record with {@code owner} and {@code crate}. */
    private static void own(Map<String, List<String>> ownFunctions, Record r, String function) {
        String owner = r.get("owner").asString(null);
        if (owner != null) {
            ownFunctions.computeIfAbsent(owner + '\u0000' + r.get("crate").asString(""), k -> new ArrayList<>())
                    .add(function);
        }
    }

    /** The REACHES properties: function names, the crates crossed (each once per stretch), the affected version. */
    static Map<String, Object> reachRow(AdvisoryReach.Reach r, Map<String, String[]> labels) {
        List<String> names = new ArrayList<>(r.path().size());
        List<String> crates = new ArrayList<>();
        for (String id : r.path()) {
            String[] l = labels.get(id);
            names.add(l == null || l[0] == null ? id : l[0]);
            String crate = l == null ? null : l[1];
            if (crate != null && (crates.isEmpty() || !crates.get(crates.size() - 1).equals(crate))) {
                crates.add(crate);
            }
        }
        String[] last = labels.get(r.path().get(r.path().size() - 1));
        Map<String, Object> row = new HashMap<>();
        row.put("v", r.versionId());
        row.put("a", r.advisory());
        row.put("length", (long) r.length());
        row.put("path", names);
        row.put("crates", crates);
        row.put("function", r.function());
        row.put("functions", r.functions());
        row.put("via", last == null || last[1] == null || last[2] == null ? null : last[1] + "@" + last[2]);
        GraphSchema.REACHES.requireDeclared(REACHES_PROPERTIES);
        return row;
    }

    private Map<String, List<GraphVersion>> versionsOfCrates(List<Advisory> advisories) {
        List<String> names = advisories.stream().map(Advisory::packageName).distinct().toList();
        Map<String, List<GraphVersion>> out = new LinkedHashMap<>();
        for (int from = 0; from < names.size(); from += batchSize) {
            read(AdvisoryCypher.VERSIONS_OF_CRATES, Map.of("names", names.subList(from, Math.min(names.size(),
                    from + batchSize))), r -> out.computeIfAbsent(r.get("name").asString(), k -> new ArrayList<>())
                    .add(new GraphVersion(r.get("id").asString(), r.get("name").asString(),
                            r.get("version").asString(null), r.get("analysed").asBoolean())));
        }
        out.values().forEach(list -> list.sort(Comparator.comparing(GraphVersion::id)));
        return out;
    }

    private Map<String, List<FunctionMatcher.Candidate>> functionsOf(Set<GraphVersion> versions) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GraphVersion v : versions) {
            List<String> crates = new ArrayList<>(new LinkedHashSet<>(List.of(v.name(), v.name().replace('-', '_'))));
            rows.add(Map.of("id", v.id(), "crates", crates, "version", v.version()));
        }
        Map<String, List<FunctionMatcher.Candidate>> out = new HashMap<>();
        for (int from = 0; from < rows.size(); from += 100) {
            read(AdvisoryCypher.FUNCTIONS_OF_VERSIONS, Map.of("versions", rows.subList(from, Math.min(rows.size(),
                    from + 100))), r -> out.computeIfAbsent(r.get("version").asString(), k -> new ArrayList<>())
                    .add(new FunctionMatcher.Candidate(r.get("id").asString(), r.get("name").asString())));
        }
        out.values().forEach(list -> list.sort(Comparator.comparing(FunctionMatcher.Candidate::id)));
        return out;
    }

    /** C functions of the graph the advisories' paths end with (for the reason a path matched nothing). */
    private Set<String> foreignFunctions(List<Advisory> advisories) {
        List<String> last = advisories.stream().flatMap(a -> a.functions().stream())
                .map(f -> RustPath.split(f.path())).filter(s -> !s.isEmpty()).map(s -> s.get(s.size() - 1))
                .distinct().toList();
        Set<String> out = new HashSet<>();
        for (int from = 0; from < last.size(); from += batchSize) {
            read(AdvisoryCypher.FOREIGN_FUNCTIONS, Map.of("names", last.subList(from, Math.min(last.size(),
                    from + batchSize))), r -> out.add(r.get("name").asString()));
        }
        return out;
    }

    /**
     * Streams a read query's records, fetched in batches of {@value #FETCH_SIZE}, to {@code sink}. Auto-commit, not a
     * retried transaction function: a retry would hand the sink the same records twice.
     */
    private void read(String cypher, Map<String, Object> params, Consumer<Record> sink) {
        SessionConfig.Builder config = SessionConfig.builder().withFetchSize(FETCH_SIZE)
                .withDefaultAccessMode(AccessMode.READ);
        if (store.database() != null) {
            config.withDatabase(store.database());
        }
        try (Session session = store.driver().session(config.build())) {
            Result result = session.run(cypher, params);
            while (result.hasNext()) {
                sink.accept(result.next());
            }
        }
    }

    /** Auto-commit (CALL … IN TRANSACTIONS needs one). */
    private void run(String cypher, Map<String, Object> params) {
        try (Session session = store.session()) {
            session.run(cypher, params).consume();
        }
    }

    private void write(String cypher, List<? extends Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += batchSize) {
            List<? extends Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + batchSize));
            try (Session session = store.session()) {
                session.executeWrite(tx -> tx.run(cypher, Map.of("rows", batch)).consume());
            }
        }
    }
}
