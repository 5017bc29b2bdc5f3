package dev.easel.graph.load;

import dev.easel.analyzer.model.LatestVersion;
import dev.easel.graph.db.GraphStore;
import org.neo4j.driver.Session;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets {@code latest} on the analysed versions of the crates a loaded window touched, by {@link LatestVersion}'s rule
 * (the same the CSV export and the index import follow), for crates no index import has described (an import knows
 * yanked versions and owns the flag of its crates). Analysed means loaded from an analysis, built or source-only
 * ({@code load_state} 'loading' or 'complete'), as every version the CSV export writes; never a stub of a version
 * only resolved as a dependency. The rule needs the crate's other versions, so each crate's analysed version numbers
 * are read back: one short string per version, for the crates of the window only, in one
 * transaction that locks those crates first (in name order), so two loads of one crate at once cannot leave two
 * versions, or none, marked. Only flags that change are written.
 */
final class LatestMarker {

    /**
     * Locks each crate of the window by writing a property it removes at once (a write lock held to the end of the
     * transaction; the property is never committed), then returns its analysed versions' numbers.
     */
    static final String LOCK_AND_READ = """
            UNWIND $ids AS id
            MATCH (:Version {id: id})-[:VERSION_OF]->(c:Crate)
            WITH DISTINCT c ORDER BY c.name
            SET c.easel_latest_lock = true REMOVE c.easel_latest_lock
            WITH c
            WHERE NOT EXISTS { (c)<-[:VERSION_OF]-(x:Version) WHERE x.yanked IS NOT NULL }
            OPTIONAL MATCH (c)<-[:VERSION_OF]-(v:Version)
            WHERE v.load_state IN ['loading', 'complete']
            RETURN c.name AS crate, collect(v.version) AS versions""";

    /**
     * {@code $rows}: {crate, latest}; latest null when none of the crate's versions is a semantic version. Versions
     * whose load failed or was rolled back are not latest; stubs of versions never analysed get no flag.
     */
    static final String WRITE = """
            UNWIND $rows AS row
            MATCH (:Crate {name: row.crate})<-[:VERSION_OF]-(v:Version)
            WHERE v.load_state IS NOT NULL
            WITH v, v.load_state IN ['loading', 'complete'] AND coalesce(v.version = row.latest, false) AS flag
            WHERE v.latest IS NULL OR v.latest <> flag
            SET v.latest = flag""";

    private LatestMarker() {
    }

    /** Marks the latest version of each crate the versions {@code ids} belong to. */
    static void mark(GraphStore store, List<String> ids) {
        try (Session session = store.session()) {
            session.executeWrite(tx -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                tx.run(LOCK_AND_READ, Map.of("ids", ids)).forEachRemaining(r -> {
                    Map<String, Object> row = new HashMap<>();
                    row.put("crate", r.get("crate").asString());
                    row.put("latest", LatestVersion.of(r.get("versions").asList(v -> v.asString())).orElse(null));
                    rows.add(row);
                });
                if (!rows.isEmpty()) {
                    tx.run(WRITE, Map.of("rows", rows)).consume();
                }
                return null;
            });
        }
    }
}
