package dev.easel.graph.db;

import dev.easel.analyzer.files.FileTrees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The files of a data folder's {@code neo4j} database, for a bulk import that writes a store beside them and swaps it
 * in: {@code data/databases/neo4j} (the store) and {@code data/transactions/neo4j} (its transaction logs). The system
 * database ({@code data/databases/system}: users, the password) is never touched.
 *
 * <p>The swap is journaled ({@value #JOURNAL}): it is written once the new store is complete, then the old store's two
 * folders are moved aside, the new ones moved in, the journal removed, the old folders deleted. Each step is a rename
 * within the folder. A process killed anywhere in between leaves the journal, and whoever takes the folder next
 * ({@link #recover}, run by every start of the embedded server and every claim) finishes the swap: the new store was
 * complete before the first rename, so finishing is always possible, and no state ever mixes the two stores' files.
 */
public final class StoreFiles {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFiles.class);
    static final String JOURNAL = "easel.swap";
    private static final String DATABASE = "neo4j";

    private StoreFiles() {
    }

    /** The store folder of the {@code neo4j} database under a Neo4j home (a data folder, or an import's staging). */
    public static Path database(Path home) {
        return home.resolve("data").resolve("databases").resolve(DATABASE);
    }

    /** Its transaction logs. */
    public static Path transactions(Path home) {
        return home.resolve("data").resolve("transactions").resolve(DATABASE);
    }

    /** Whether the folder holds a {@code neo4j} database (possibly an empty one). */
    public static boolean hasDatabase(Path home) {
        return Files.isDirectory(database(home));
    }

    /**
     * The names, sizes and modification times of the database's files, digested: equal fingerprints taken at two
     * moments mean no process wrote the store in between.
     */
    public static String fingerprint(Path home) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path dir : List.of(database(home), transactions(home))) {
                if (!Files.isDirectory(dir)) {
                    digest.update(("absent " + dir.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                        digest.update((dir.relativize(f) + " " + a.size() + " " + a.lastModifiedTime().toMillis() + "\n")
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the store files of " + home + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Takes the folder for this process, as a server start does, so no easel process opens the store while its files
     * are swapped; finishes a swap a killed process left.
     *
     * @throws EmbeddedNeo4j.DataDirInUseException naming the process when another one holds or serves the folder
     */
    public static Claim claim(Path home) {
        EmbeddedNeo4j.createHome(home);
        Optional<DataDirLock> lock = DataDirLock.tryAcquire(home);
        if (lock.isEmpty()) {
            throw ServerRecord.live(home).map(s -> new EmbeddedNeo4j.DataDirInUseException(home, s))
                    .orElseGet(() -> new EmbeddedNeo4j.DataDirInUseException(home));
        }
        try {
            recover(home);
        } catch (RuntimeException e) {
            lock.get().close();
            throw e;
        }
        return new Claim(home, lock.get());
    }

    /** The folder, held by this process until closed. */
    public static final class Claim implements AutoCloseable {
        private final Path home;
        private final DataDirLock lock;

        private Claim(Path home, DataDirLock lock) {
            this.home = home;
            this.lock = lock;
        }

        /**
         * Replaces the folder's {@code neo4j} database (if any) by the complete one under {@code stagedHome} (as an
         * import into that home leaves it), and deletes the old one.
         */
        public void install(Path stagedHome) {
            Path staged = stagedHome.toAbsolutePath().normalize();
            if (!Files.isDirectory(database(staged)) || !Files.isDirectory(transactions(staged))) {
                throw new IllegalStateException("no complete store under " + staged + " to install");
            }
            Path saved = staged.resolveSibling(staged.getFileName() + ".replaced");
            Journal journal = new Journal(staged, saved);
            journal.write(home);
            finish(home, journal);
        }

        @Override
        public void close() {
            lock.close();
        }
    }

    /** Whether a swap was begun and not finished (the next claim or server start finishes it). */
    public static boolean swapPending(Path home) {
        return Files.exists(home.resolve(JOURNAL));
    }

    /** Finishes a swap the journal records, if any. The caller holds the folder's lock. */
    static void recover(Path home) {
        Optional<Journal> journal = Journal.read(home);
        if (journal.isPresent()) {
            LOG.warn("{}: finishing the swap to a bulk-imported store that an interrupted easel process began", home);
            finish(home, journal.get());
        }
    }

    private static void finish(Path home, Journal j) {
        // roll forward: each move happens only when its source is still there, so repeating a step is harmless
        if (Files.isDirectory(database(j.staged()))) {
            move(database(home), database(j.saved()));
            move(database(j.staged()), database(home));
        }
        if (Files.isDirectory(transactions(j.staged()))) {
            move(transactions(home), transactions(j.saved()));
            move(transactions(j.staged()), transactions(home));
        }
        try {
            Files.deleteIfExists(home.resolve(JOURNAL)); // the new store is in place
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + home.resolve(JOURNAL), e);
        }
        deleteTree(j.saved());
        deleteTree(j.staged());
    }

    private static void move(Path from, Path to) {
        if (!Files.exists(from)) {
            return;
        }
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a folder and everything in it; what cannot be deleted is logged and left. */
    public static void deleteTree(Path dir) {
        try {
            FileTrees.delete(dir);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot delete {}: {}", dir, e.getMessage());
        }
    }

    /** {@value #JOURNAL}: where the new store comes from and where the old one goes. */
    private record Journal(Path staged, Path saved) {

        void write(Path home) {
            Path file = home.resolve(JOURNAL);
            Path tmp = home.resolve(JOURNAL + ".tmp");
            try {
                Files.writeString(tmp, "# a bulk import's store being swapped in; finished by the next easel on this folder\n"
                        + "staged=" + staged + "\nsaved=" + saved + "\n", StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }

        static Optional<Journal> read(Path home) {
            Path file = home.resolve(JOURNAL);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            try {
                Map<String, String> fields = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.startsWith("#") && l.indexOf('=') > 0)
                        .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1),
                                (a, b) -> b));
                if (fields.get("staged") == null || fields.get("saved") == null) {
                    throw new IllegalStateException(file + " names no staged or saved store; move the right store"
                            + " into " + database(home) + " by hand, then delete it");
                }
                return Optional.of(new Journal(Path.of(fields.get("staged")), Path.of(fields.get("saved"))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
