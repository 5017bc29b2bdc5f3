package dev.easel.graph.index;

import dev.easel.analyzer.index.IndexCrate;
import dev.easel.analyzer.index.IndexCrateDownloads;
import dev.easel.analyzer.index.IndexDependency;
import dev.easel.analyzer.index.IndexOwner;
import dev.easel.analyzer.index.IndexSink;
import dev.easel.analyzer.index.IndexVersion;
import dev.easel.analyzer.index.LatestVersions;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;
import dev.easel.graph.db.GraphStore;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the crates.io index (db-dump or registry index, streamed by the readers of {@code dev.easel.analyzer.index})
 * into the graph: Crate, Version ({@code id = name@version}, the key built-crate analyses attach to later),
 * VERSION_OF and DEPENDS_ON with Painter's property names, {@code (:Owner {id, kind, login, name})-[:OWNS]->(:Crate)}
 * and {@code downloads} on crates and versions, in {@code UNWIND} batches; at the end {@code latest = true} on each
 * crate's newest non-yanked version (false on its others) and, when the versions carried recent downloads, their sum
 * per crate as {@code recent_downloads}.
 *
 * <p>Idempotent: nodes are MERGEd; a version's DEPENDS_ON are deleted when the version is written, before its
 * dependencies (which the readers always send after it) are created again. An import that brings owners replaces
 * every OWNS relationship (deleted before its first owner is written) and removes owners left owning nothing; one
 * without owners (the registry index, an older dump) leaves them as they were. Memory: one batch per record kind, the
 * latest version and the recent downloads per crate, and the set of crate names.
 */
public final class IndexLoader implements IndexSink {

    private static final Logger LOG = LoggerFactory.getLogger(IndexLoader.class);

    static final String CRATES = """
            UNWIND $rows AS r
            MERGE (c:Crate {name: r.name})
            SET c.repository = r.repository, c.created_at = r.created_at, c.downloads = coalesce(r.downloads, c.downloads)""";
    static final String CRATE_DOWNLOADS = "UNWIND $rows AS r MATCH (c:Crate {name: r.name}) SET c.downloads = r.downloads";
    static final String DROP_OWNERSHIPS = "MATCH (:Owner)-[o:OWNS]->(:Crate) CALL (o) { DELETE o } IN TRANSACTIONS OF 10000 ROWS";
    static final String OWNERS = """
            UNWIND $rows AS r
            MATCH (c:Crate {name: r.crate})
            MERGE (o:Owner {id: r.id}) SET o.kind = r.kind, o.login = r.login, o.name = r.name
            MERGE (o)-[:OWNS]->(c)""";
    static final String DROP_FORMER_OWNERS = """
            MATCH (o:Owner) WHERE NOT (o)-[:OWNS]->(:Crate)
            CALL (o) { DETACH DELETE o } IN TRANSACTIONS OF 10000 ROWS""";
    static final String RECENT = "UNWIND $rows AS r MATCH (c:Crate {name: r.name}) SET c.recent_downloads = r.recent";
    static final String VERSIONS = """
            UNWIND $rows AS r
            MERGE (c:Crate {name: r.crate})
            MERGE (v:Version {id: r.id}) SET v += r.props
            MERGE (v)-[:VERSION_OF]->(c)
            WITH v
            CALL (v) { MATCH (v)-[d:DEPENDS_ON]->() DELETE d }""";
    static final String DEPENDENCIES = """
            UNWIND $rows AS r
            MATCH (v:Version {id: r.v})
            MERGE (c:Crate {name: r.c})
            CREATE (v)-[d:DEPENDS_ON]->(c) SET d = r.props""";
    static final String LATEST = """
            UNWIND $rows AS r
            MATCH (:Crate {name: r.name})<-[:VERSION_OF]-(v:Version)
            SET v.latest = coalesce(v.version = r.latest, false)""";

    /** Counts of what was sent, and problems the readers reported. */
    public record Report(long crates, long versions, long dependencies, long latest, long owners, long crateDownloads,
                         List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    private final GraphStore store;
    private final int batchSize;
    private final LatestVersions latest = new LatestVersions();
    private final Set<String> cratesWithVersions = new HashSet<>();
    private final List<Object> crates = new ArrayList<>();
    private final List<Object> versions = new ArrayList<>();
    private final List<Object> dependencies = new ArrayList<>();
    private final List<Object> owners = new ArrayList<>();
    private final List<Object> crateDownloads = new ArrayList<>();
    private final Map<String, Long> recentByCrate = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private long crateCount;
    private long versionCount;
    private long dependencyCount;
    private long ownerCount;
    private long crateDownloadCount;

    public IndexLoader(GraphStore store, int batchSize) {
        this.store = store;
        this.batchSize = batchSize;
    }

    @Override
    public void crate(IndexCrate c) {
        if (c.name() == null) {
            return;
        }
        Map<String, Object> row = new HashMap<>();
        row.put("name", c.name());
        row.put("repository", c.repository());
        row.put("created_at", c.createdAt());
        row.put("downloads", c.downloads());
        crates.add(row);
        crateCount++;
        if (crates.size() >= batchSize) {
            flushCrates();
        }
    }

    @Override
    public void version(IndexVersion v) {
        if (v.crate() == null || v.num() == null) {
            return;
        }
        latest.version(v);
        cratesWithVersions.add(v.crate());
        SemVer sv = v.semver() != null ? v.semver() : SemVer.tryParse(v.num());
        Map<String, Object> props = new HashMap<>();
        props.put("name", v.crate());
        props.put("version", v.num());
        props.put("major", sv == null ? null : sv.major());
        props.put("minor", sv == null ? null : sv.minor());
        props.put("patch", sv == null ? null : sv.patch());
        props.put("pre", sv == null ? null : sv.pre());
        props.put("yanked", v.yanked());
        props.put("links", v.links());
        props.put("license", v.license());
        props.put("created_at", v.createdAt());
        props.put("crate_size", v.crateSize());
        props.put("checksum", v.checksum());
        props.put("rust_version", v.rustVersion());
        props.put("downloads", v.downloads());
        if (v.recentDownloads() != null) { // absent: keep what an earlier import with a window wrote
            props.put("recent_downloads", v.recentDownloads());
            recentByCrate.merge(v.crate(), v.recentDownloads(), Long::sum);
        }
        versions.add(Map.of("id", v.crate() + "@" + v.num(), "crate", v.crate(), "props", props));
        versionCount++;
        if (versions.size() >= batchSize) {
            flushVersions();
        }
    }

    @Override
    public void dependency(IndexDependency d) {
        if (d.fromCrate() == null || d.fromVersion() == null || d.toCrate() == null) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        props.put("requirement", d.requirement());
        props.put("kind", d.kind() == null ? "normal" : d.kind().cypherName());
        props.put("optional", d.optional());
        props.put("features", d.features().isEmpty() ? null : d.features());
        props.put("target", d.target());
        props.put("default_features", d.defaultFeatures());
        props.put("rename", d.rename());
        dependencies.add(Map.of("v", d.fromCrate() + "@" + d.fromVersion(), "c", d.toCrate(), "props", props));
        dependencyCount++;
        if (dependencies.size() >= batchSize) {
            flushDependencies();
        }
    }

    @Override
    public void owner(IndexOwner o) {
        if (o.crate() == null || o.login() == null) {
            return;
        }
        if (ownerCount == 0) {
            flushCrates(); // owners MATCH their crate
            try (Session session = store.session()) {
                session.run(DROP_OWNERSHIPS).consume(); // this import's owners replace all former ones
            }
        }
        Map<String, Object> row = new HashMap<>();
        row.put("crate", o.crate());
        row.put("id", o.id());
        row.put("kind", o.kind().graphName());
        row.put("login", o.login());
        row.put("name", o.name());
        owners.add(row);
        ownerCount++;
        if (owners.size() >= batchSize) {
            flushOwners();
        }
    }

    @Override
    public void crateDownloads(IndexCrateDownloads d) {
        if (d.crate() == null) {
            return;
        }
        crateDownloads.add(Map.of("name", d.crate(), "downloads", d.downloads()));
        crateDownloadCount++;
        if (crateDownloads.size() >= batchSize) {
            flushCrateDownloads();
        }
    }

    @Override
    public void problem(Problem p) {
        LOG.warn("index: {}", p);
        if (problems.size() < 1000) {
            problems.add(p.toString());
        }
    }

    /** Writes what is buffered and marks latest versions; call once, after the reader returns. */
    public Report finish() {
        flushDependencies();
        flushOwners();
        flushCrateDownloads();
        if (ownerCount > 0) {
            try (Session session = store.session()) {
                session.run(DROP_FORMER_OWNERS).consume();
            }
        }
        List<Object> recent = new ArrayList<>();
        for (Map.Entry<String, Long> e : recentByCrate.entrySet()) {
            recent.add(Map.of("name", e.getKey(), "recent", e.getValue()));
            if (recent.size() >= batchSize) {
                write(RECENT, recent);
            }
        }
        write(RECENT, recent);
        List<Object> rows = new ArrayList<>();
        long marked = 0;
        for (String crate : cratesWithVersions) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", crate);
            row.put("latest", latest.latest(crate)); // null: no non-yanked version, so none is latest
            rows.add(row);
            marked += latest.latest(crate) == null ? 0 : 1;
            if (rows.size() >= batchSize) {
                write(LATEST, rows);
            }
        }
        write(LATEST, rows);
        return new Report(crateCount, versionCount, dependencyCount, marked, ownerCount, crateDownloadCount, problems);
    }

    private void flushCrates() {
        write(CRATES, crates);
    }

    private void flushOwners() {
        flushCrates();
        write(OWNERS, owners);
    }

    private void flushCrateDownloads() {
        flushCrates(); // crate downloads MATCH their crate
        write(CRATE_DOWNLOADS, crateDownloads);
    }

    private void flushVersions() {
        flushCrates(); // a crate's row first, so its properties are set before versions MERGE it
        write(VERSIONS, versions);
    }

    private void flushDependencies() {
        flushVersions(); // versions first: writing one clears its old DEPENDS_ON
        write(DEPENDENCIES, dependencies);
    }

    private void write(String cypher, List<Object> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<String, Object> params = Map.of("rows", new ArrayList<>(rows));
        try (Session session = store.session()) {
            session.executeWrite(tx -> tx.run(cypher, params).consume());
        }
        rows.clear();
    }
}
