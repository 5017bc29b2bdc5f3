package dev.easel.graph.export;

import dev.easel.analyzer.index.IndexCrate;
import dev.easel.analyzer.index.IndexCrateDownloads;
import dev.easel.analyzer.index.IndexDependency;
import dev.easel.analyzer.index.IndexOwner;
import dev.easel.analyzer.index.IndexSink;
import dev.easel.analyzer.index.IndexVersion;
import dev.easel.analyzer.index.LatestVersions;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;
import dev.easel.graph.schema.GraphSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The crates.io index (as the readers of {@code dev.easel.analyzer.index} stream it) written as import files: the
 * same Crate, Version, VERSION_OF, DEPENDS_ON, Owner and OWNS that {@code IndexLoader} writes through transactions,
 * for {@code neo4j-admin database import full} into a new database.
 *
 * <p>Streams versions and dependencies straight to their files (the bulk of a dump: 1.5M and 10M rows for
 * crates.io). Holds one entry per crate (its properties are complete only at the end: crate download counts and
 * recent downloads come after the crates), per owner, the version ids as 64-bit {@link Fingerprints}, the OWNS pairs
 * likewise, and {@link LatestVersions}; {@code latest} is filled into versions' last column in a second pass once
 * every version was seen ({@link CsvColumnFill}).
 *
 * <p>Nothing the importer would refuse reaches it: a version seen before (the first one is kept), a dependency of a
 * version never seen, an owner of a crate never seen are dropped and counted as {@link Report#dropped()} problems;
 * a crate only named (by a version or a dependency, as the transactional import MERGEs it) is written without
 * properties.
 */
public final class IndexCsvWriter implements IndexSink {

    private static final Logger LOG = LoggerFactory.getLogger(IndexCsvWriter.class);
    private static final int PROBLEMS_KEPT = 1000;

    /**
     * What was written.
     *
     * @param dropped  input rows not written (duplicates, dangling references); each is one of {@code problems}
     * @param problems the readers' problems and the dropped rows, the first {@value #PROBLEMS_KEPT}
     */
    public record Report(long crates, long versions, long dependencies, long latest, long owners, long ownerships,
                         long crateDownloads, long dropped, long problemCount, List<String> problems, ImportFiles files) {
        public Report {
            problems = List.copyOf(problems);
        }
    }

    /** A crate's properties as the input sets them, written at the end. */
    private static final class CrateRow {
        String repository;
        String createdAt;
        Long downloads;
        long recent;
        boolean hasRecent;
    }

    private record OwnerRow(String kind, String login, String name) {
    }

    private final ImportFileSet files;
    private final CsvFile versionFile;
    private final CsvFile versionOfFile;
    private final CsvFile dependsOnFile;
    private final CsvFile ownsFile;
    private final int[] versionColumns;
    private final int[] dependencyColumns;
    private final Map<String, CrateRow> crates = new LinkedHashMap<>();
    private final Map<String, OwnerRow> owners = new LinkedHashMap<>();
    private final Fingerprints versionIds = new Fingerprints();
    private final Fingerprints ownerships = new Fingerprints();
    private final LatestVersions latest = new LatestVersions();
    private final List<String> problems = new ArrayList<>();
    private long problemCount;
    private long versions;
    private long dependencies;
    private long crateDownloads;
    private long dropped;

    private static final List<String> VERSION_KEYS = List.of("id", "name", "version", "major", "minor", "patch", "pre",
            "yanked", "links", "license", "created_at", "crate_size", "checksum", "rust_version", "downloads",
            "recent_downloads");
    private static final List<String> DEPENDENCY_KEYS = List.of(CsvFile.START, CsvFile.END, "requirement", "kind",
            "optional", "features", "target", "default_features", "rename");

    /** Opens the files in {@code dir}, gzipped when {@code compressed}. */
    public IndexCsvWriter(Path dir, boolean compressed) {
        this.files = new ImportFileSet(dir, compressed);
        this.versionFile = files.nodes(GraphSchema.VERSION);
        this.versionOfFile = files.relationships(GraphSchema.VERSION_OF);
        this.dependsOnFile = files.relationships(GraphSchema.DEPENDS_ON);
        this.ownsFile = files.relationships(GraphSchema.OWNS);
        this.versionColumns = VERSION_KEYS.stream().mapToInt(versionFile::column).toArray();
        this.dependencyColumns = DEPENDENCY_KEYS.stream().mapToInt(dependsOnFile::column).toArray();
    }

    @Override
    public void crate(IndexCrate c) {
        if (c.name() == null) {
            return;
        }
        CrateRow row = crates.computeIfAbsent(c.name(), k -> new CrateRow());
        // as IndexLoader's SET: a later row of the same crate replaces these, downloads only when it has some
        row.repository = c.repository();
        row.createdAt = c.createdAt();
        if (c.downloads() != null) {
            row.downloads = c.downloads();
        }
    }

    @Override
    public void version(IndexVersion v) {
        if (v.crate() == null || v.num() == null) {
            return;
        }
        String id = v.crate() + "@" + v.num();
        if (!versionIds.add(id)) {
            drop("version " + id + " appears twice; the first is kept");
            return;
        }
        latest.version(v);
        CrateRow crate = crates.computeIfAbsent(v.crate(), k -> new CrateRow());
        if (v.recentDownloads() != null) {
            crate.recent += v.recentDownloads();
            crate.hasRecent = true;
        }
        SemVer sv = v.semver() != null ? v.semver() : SemVer.tryParse(v.num());
        Object[] row = new Object[versionFile.columns()];
        Object[] values = {id, v.crate(), v.num(), sv == null ? null : sv.major(), sv == null ? null : sv.minor(),
                sv == null ? null : sv.patch(), sv == null ? null : sv.pre(), v.yanked(), v.links(), v.license(),
                v.createdAt(), v.crateSize(), v.checksum(), v.rustVersion(), v.downloads(), v.recentDownloads()};
        for (int i = 0; i < values.length; i++) {
            row[versionColumns[i]] = values[i];
        }
        versionFile.writeValues(row);
        versionOfFile.writeValues(id, v.crate());
        versions++;
    }

    @Override
    public void dependency(IndexDependency d) {
        if (d.fromCrate() == null || d.fromVersion() == null || d.toCrate() == null) {
            return;
        }
        String from = d.fromCrate() + "@" + d.fromVersion();
        if (!versionIds.contains(from)) {
            drop("dependency of " + from + " on " + d.toCrate() + ": no such version");
            return;
        }
        crates.computeIfAbsent(d.toCrate(), k -> new CrateRow()); // MERGEd by the transactional import
        Object[] row = new Object[dependsOnFile.columns()];
        Object[] values = {from, d.toCrate(), d.requirement(), d.kind() == null ? "normal" : d.kind().cypherName(),
                d.optional(), d.features().isEmpty() ? null : d.features(), d.target(), d.defaultFeatures(),
                d.rename()};
        for (int i = 0; i < values.length; i++) {
            row[dependencyColumns[i]] = values[i];
        }
        dependsOnFile.writeValues(row);
        dependencies++;
    }

    @Override
    public void owner(IndexOwner o) {
        if (o.crate() == null || o.login() == null) {
            return;
        }
        if (!crates.containsKey(o.crate())) {
            drop("owner " + o.id() + " of " + o.crate() + ": no such crate");
            return;
        }
        owners.put(o.id(), new OwnerRow(o.kind().graphName(), o.login(), o.name()));
        if (ownerships.add(o.id() + "\u0000" + o.crate())) {
            ownsFile.writeValues(o.id(), o.crate());
        }
    }

    @Override
    public void crateDownloads(IndexCrateDownloads d) {
        CrateRow crate = d.crate() == null ? null : crates.get(d.crate());
        if (crate == null) {
            return; // IndexLoader MATCHes the crate: a count for an unknown crate sets nothing
        }
        crate.downloads = d.downloads();
        crateDownloads++;
    }

    @Override
    public void problem(Problem p) {
        LOG.warn("index: {}", p);
        keep(p.toString());
    }

    private void drop(String what) {
        dropped++;
        keep("index: " + what);
    }

    private void keep(String problem) {
        problemCount++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }

    /** Writes crates and owners, closes the files, fills in {@code latest}; call once, after the reader returns. */
    public Report finish() {
        CsvFile crateFile = files.nodes(GraphSchema.CRATE);
        for (Map.Entry<String, CrateRow> e : crates.entrySet()) {
            CrateRow c = e.getValue();
            Map<String, Object> row = new HashMap<>();
            row.put("name", e.getKey());
            row.put("repository", c.repository);
            row.put("created_at", c.createdAt);
            row.put("downloads", c.downloads);
            row.put("recent_downloads", c.hasRecent ? c.recent : null);
            crateFile.write(row);
        }
        CsvFile ownerFile = files.nodes(GraphSchema.OWNER);
        owners.forEach((id, o) -> {
            Map<String, Object> row = new HashMap<>();
            row.put("id", id);
            row.put("kind", o.kind());
            row.put("login", o.login());
            row.put("name", o.name());
            ownerFile.write(row);
        });
        ImportFiles written = files.finish();
        // as IndexLoader's last step: every version of a crate with versions gets true or false
        CsvColumnFill.fill(written.nodes().get(GraphSchema.VERSION.label()), id -> {
            int at = id.indexOf('@');
            return String.valueOf(latest.isLatest(id.substring(0, at), id.substring(at + 1)));
        });
        return new Report(crates.size(), versions, dependencies, latest.size(), owners.size(), ownerships.size(),
                crateDownloads, dropped, problemCount, problems, written);
    }
}
