package dev.easel.graph.provenance;

import dev.easel.analyzer.provenance.ProvenanceCheck;
import dev.easel.graph.db.GraphStore;
import org.neo4j.driver.Session;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes provenance checks in batches, each batch one transaction: the Repository nodes (MERGEd on their unique
 * {@code url}), each version's {@code provenance_status} (the Version is created as a stub when no analysis loaded it
 * yet), and its BUILT_FROM relationship, replacing the one an earlier check wrote. Values are always parameters.
 * Writing the same checks twice gives the same graph.
 */
public final class ProvenanceWriter {

    /** Differing files kept on a relationship: the first ones say what happened; the check's output has them all. */
    static final int MAX_DIFFERING = 100;

    static final String REPOSITORIES = "UNWIND $rows AS url MERGE (:Repository {url: url})";
    static final String VERSIONS = """
            UNWIND $rows AS r
            MERGE (v:Version {id: r.id})
            ON CREATE SET v.name = r.name, v.version = r.version, v.analysed = false
            SET v.provenance_status = r.status, v.provenance_checked_at = r.checked_at""";
    static final String CLEAR = """
            UNWIND $rows AS r
            MATCH (:Version {id: r.id})-[old:BUILT_FROM]->(:Repository)
            DELETE old""";
    static final String BUILT_FROM = """
            UNWIND $rows AS r
            MATCH (v:Version {id: r.id})
            MATCH (repo:Repository {url: r.url})
            CREATE (v)-[:BUILT_FROM {status: r.status, differing: r.differing, checked_at: r.checked_at,
                                     commit: r.commit, path_in_vcs: r.path_in_vcs, dirty: r.dirty,
                                     only_in_repository: r.only_in_repository}]->(repo)""";

    /** What was written. */
    public record Report(int versions, int repositories, int builtFrom) {
    }

    private final GraphStore store;
    private final int batchSize;

    public ProvenanceWriter(GraphStore store, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.store = store;
        this.batchSize = batchSize;
    }

    public Report write(List<ProvenanceCheck> checks) {
        int repositories = 0;
        int edges = 0;
        for (int from = 0; from < checks.size(); from += batchSize) {
            List<ProvenanceCheck> batch = checks.subList(from, Math.min(checks.size(), from + batchSize));
            Set<String> urls = new LinkedHashSet<>();
            List<Map<String, Object>> versions = new ArrayList<>();
            List<Map<String, Object>> builtFrom = new ArrayList<>();
            for (ProvenanceCheck c : batch) {
                Map<String, Object> row = row(c);
                versions.add(row);
                if (c.repositoryKey() != null) {
                    urls.add(c.repositoryKey());
                    builtFrom.add(row);
                }
            }
            try (Session session = store.session()) {
                session.executeWrite(tx -> {
                    tx.run(REPOSITORIES, Map.of("rows", List.copyOf(urls))).consume();
                    tx.run(VERSIONS, Map.of("rows", versions)).consume();
                    tx.run(CLEAR, Map.of("rows", versions)).consume();
                    tx.run(BUILT_FROM, Map.of("rows", builtFrom)).consume();
                    return null;
                });
            }
            repositories += urls.size();
            edges += builtFrom.size();
        }
        return new Report(checks.size(), repositories, edges);
    }

    /** The parameters of one check (a map that may hold nulls: a null property is not set). */
    static Map<String, Object> row(ProvenanceCheck c) {
        Map<String, Object> r = new HashMap<>();
        r.put("id", c.versionId());
        r.put("name", c.name());
        r.put("version", c.version());
        r.put("url", c.repositoryKey());
        r.put("status", c.status().label());
        List<String> differing = c.differing();
        r.put("differing", differing.size() > MAX_DIFFERING ? differing.subList(0, MAX_DIFFERING) : differing);
        r.put("checked_at", c.checkedAt().atOffset(ZoneOffset.UTC));
        r.put("commit", c.commit());
        r.put("path_in_vcs", c.pathInVcs());
        r.put("dirty", c.dirty());
        r.put("only_in_repository", c.onlyInRepository().size());
        return r;
    }
}
