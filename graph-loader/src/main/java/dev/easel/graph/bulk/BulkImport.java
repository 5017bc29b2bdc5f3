package dev.easel.graph.bulk;

import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.EmbeddedNeo4j;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.ServerRecord;
import dev.easel.graph.db.StoreFiles;
import dev.easel.graph.export.ImportFiles;
import dev.easel.graph.export.ImportSettings;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A bulk import into the embedded server's data folder: {@link #prepare} checks the folder (not served, its database
 * empty unless {@code replace}) before any file is written, the caller writes the import files into
 * {@link #filesDir()}, and {@link #importFiles} runs Neo4j's importer into a staging store beside the old one, swaps it
 * in under the folder's lock once it is complete ({@link StoreFiles}), then opens the store, which creates easel's
 * constraints and indexes. An import that fails, or a process killed before the swap, leaves the old database as it
 * was; the staging folder of a killed run is removed by the next bulk import.
 *
 * <p>Everything lives under {@code <data folder>/bulk-import/<pid>-<millis>/} (files, staged store, the importer's log
 * and report), on the same file system as the store so the swap is a rename; {@link #close} removes it unless the
 * files are to be kept, or the import failed (then its log stays, and the message names it).
 */
public final class BulkImport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BulkImport.class);
    static final String WORK = "bulk-import";

    /**
     * How to import.
     *
     * @param replace          replace a database that holds a graph (else such a folder is refused)
     * @param threads          importer threads, 0 for its default (one per processor)
     * @param maxOffHeapMemory the importer's {@code --max-off-heap-memory}, null for its default
     * @param keepFiles        keep the import files after a successful import
     */
    public record Options(boolean replace, int threads, String maxOffHeapMemory, boolean keepFiles) {

        /**
         * What suits a small shared machine: the importer's one thread per processor, and its off-heap caches capped
         * at 2 GiB (its default takes 90% of free memory, which gains nothing below a few hundred million rows).
         */
        public static Options defaults() {
            return new Options(false, 0, "2G", false);
        }

        public Options withReplace(boolean r) {
            return new Options(r, threads, maxOffHeapMemory, keepFiles);
        }

        public Options withKeepFiles(boolean k) {
            return new Options(replace, threads, maxOffHeapMemory, k);
        }
    }

    /**
     * What the import did.
     *
     * @param nodes         nodes in the new database
     * @param relationships relationships in it
     * @param replaced      whether a database that held a graph was replaced
     * @param importer      the importer's own time
     * @param swapAndSchema swap, server start and constraints and indexes built
     * @param skipped       what the importer skipped (normally nothing)
     */
    public record Result(long nodes, long relationships, boolean replaced, Duration importer, Duration swapAndSchema,
                         ImporterReport skipped) {
    }

    private final Path dataDir;
    private final Options options;
    private final Path work;
    private final String fingerprint;
    private final boolean replacing;
    private boolean succeeded;

    private BulkImport(Path dataDir, Options options, Path work, String fingerprint, boolean replacing) {
        this.dataDir = dataDir;
        this.options = options;
        this.work = work;
        this.fingerprint = fingerprint;
        this.replacing = replacing;
    }

    /**
     * Checks the data folder before anything is written: no easel process serves or holds it, and its database is
     * empty unless {@code options.replace()}. Removes what killed imports left.
     *
     * @throws BulkImportException FOLDER_IN_USE or REFUSED, with one line saying what to do
     */
    public static BulkImport prepare(Path dataDir, Options options) {
        Path dir = dataDir.toAbsolutePath().normalize();
        refuseIfInUse(dir);
        if (StoreFiles.swapPending(dir)) {
            StoreFiles.claim(dir).close(); // finishes the swap a killed import began, before its folder is removed
        }
        boolean holdsGraph = false;
        if (StoreFiles.hasDatabase(dir)) {
            long nodes = countNodes(dir);
            holdsGraph = nodes > 0;
            if (holdsGraph && !options.replace()) {
                throw new BulkImportException(BulkImportException.Reason.REFUSED, "the database in " + dir + " holds "
                        + nodes + " nodes: a bulk import makes a new database; add --replace to replace it (the old one"
                        + " stays until the new one is complete), or choose another --data-dir, or load without --bulk"
                        + " to add to it");
            }
        }
        String fingerprint = StoreFiles.fingerprint(dir);
        removeAbandoned(dir.resolve(WORK));
        Path work = dir.resolve(WORK).resolve(ProcessHandle.current().pid() + "-" + System.currentTimeMillis());
        try {
            Files.createDirectories(work.resolve("files"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + work + ": " + e.getMessage(), e);
        }
        return new BulkImport(dir, options, work, fingerprint, holdsGraph);
    }

    private static void refuseIfInUse(Path dir) {
        Optional<ServerRecord> server = ServerRecord.live(dir);
        if (server.isPresent()) {
            throw new BulkImportException(BulkImportException.Reason.FOLDER_IN_USE, "the data folder " + dir
                    + " is served by easel process " + server.get().pid() + " at " + server.get().uri()
                    + " (easel db start or a running ingest): a bulk import writes the database files itself, so stop"
                    + " that process first, then run the import again");
        }
        if (EmbeddedNeo4j.inUse(dir)) {
            throw new BulkImportException(BulkImportException.Reason.FOLDER_IN_USE, "the data folder " + dir
                    + " is in use by another easel process (pid in " + dir.resolve("easel.lock")
                    + "): a bulk import writes the database files itself; let that process finish, then run it again");
        }
    }

    private static long countNodes(Path dir) {
        try (GraphStore store = GraphStore.open(ConnectionSettings.forDataDir(dir));
             Session session = store.session()) {
            return session.run("MATCH (n) RETURN count(n) AS n").single().get("n").asLong();
        }
    }

    /** Where the caller writes the import files. */
    public Path filesDir() {
        return work.resolve("files");
    }

    /** The importer's log. */
    public Path log() {
        return work.resolve("import.log");
    }

    /**
     * Imports {@code files} into a new store, swaps it in and opens it (constraints and indexes created, awaited).
     *
     * @throws BulkImportException FAILED (old database intact) or FOLDER_IN_USE when a process took the folder meanwhile
     */
    public Result importFiles(ImportFiles files) {
        return importFiles(files, store -> { });
    }

    /**
     * As {@link #importFiles(ImportFiles)}, then hands the opened store to {@code then} before closing it (saves
     * starting the embedded server a second time for what comes next).
     */
    public Result importFiles(ImportFiles files, Consumer<GraphStore> then) {
        Path staged = work.resolve("store");
        Path report = work.resolve("import.report");
        long t0 = System.nanoTime();
        Neo4jImporter.run(staged, files.arguments(ImportSettings.inProcess(report, options.threads(),
                options.maxOffHeapMemory())), log());
        long t1 = System.nanoTime();
        ImporterReport skipped = ImporterReport.read(report);
        try (StoreFiles.Claim claim = StoreFiles.claim(dataDir)) {
            if (!options.replace() && !fingerprint.equals(StoreFiles.fingerprint(dataDir))) {
                throw new BulkImportException(BulkImportException.Reason.REFUSED, "the database in " + dataDir
                        + " was written while the import ran; it was not replaced (add --replace to replace it)");
            }
            claim.install(staged);
        } catch (EmbeddedNeo4j.DataDirInUseException e) {
            throw new BulkImportException(BulkImportException.Reason.FOLDER_IN_USE, "another easel process took "
                    + dataDir + " while the import ran; the database there was not replaced: " + e.getMessage(), e);
        }
        long nodes;
        long relationships;
        long t2;
        try (GraphStore store = GraphStore.open(ConnectionSettings.forDataDir(dataDir)); // creates the schema
             Session session = store.session()) {
            Record r = session.run("CALL { MATCH (n) RETURN count(n) AS n } CALL { MATCH ()-[x]->() RETURN count(x) AS"
                    + " r } RETURN n, r").single();
            nodes = r.get("n").asLong();
            relationships = r.get("r").asLong();
            t2 = System.nanoTime();
            then.accept(store);
        }
        succeeded = true;
        LOG.debug("bulk import into {}: importer {} ms, swap and schema {} ms", dataDir, (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000);
        return new Result(nodes, relationships, replacing, Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1),
                skipped);
    }

    /**
     * Removes the work folder: everything after a success (the files too unless kept), the files and the staged
     * store after a failure (its log and report stay for the reader of the error message).
     */
    @Override
    public void close() {
        if (succeeded && !options.keepFiles()) {
            StoreFiles.deleteTree(work);
            return;
        }
        StoreFiles.deleteTree(work.resolve("store"));
        if (!succeeded) {
            StoreFiles.deleteTree(filesDir());
        }
    }

    /** Work folders of imports whose process is gone, removed (never while a swap they began is pending). */
    private static void removeAbandoned(Path parent) {
        if (!Files.isDirectory(parent)) {
            return;
        }
        try (Stream<Path> runs = Files.list(parent)) {
            for (Path run : runs.toList()) {
                String name = run.getFileName().toString();
                int dash = name.indexOf('-');
                long pid;
                try {
                    pid = Long.parseLong(dash < 0 ? name : name.substring(0, dash));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    LOG.info("removing {}, left by an import that did not finish", run);
                    StoreFiles.deleteTree(run);
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", parent, e.getMessage());
        }
    }
}
