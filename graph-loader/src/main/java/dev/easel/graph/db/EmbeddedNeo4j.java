package dev.easel.graph.db;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * An in-process Neo4j Community server with its Bolt connector on 127.0.0.1. easel never uses the embedded API for
 * data: everything goes through the driver, exactly as for a remote server.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    static final String LOCK_FILE = "easel.lock";

    private final Path home;
    private final int boltPort;
    private final DatabaseManagementService service;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedNeo4j(Path home, int boltPort, DatabaseManagementService service, FileChannel lockChannel,
                          FileLock lock) {
        this.home = home;
        this.boltPort = boltPort;
        this.service = service;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts a server on {@code home}.
     *
     * @param boltPort 0 picks a free port
     * @param password null runs without authentication (loopback only); otherwise user {@code neo4j} gets this password
     * @throws DataDirInUseException when another process holds the folder
     */
    public static EmbeddedNeo4j start(Path home, int boltPort, String password) {
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + home, e);
        }
        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(home.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock data folder " + home, e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new DataDirInUseException(home);
        }
        try {
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(ProcessHandle.current().pid() + "\n"));
            int port = boltPort == 0 ? freePort() : boltPort;
            long started = System.nanoTime();
            DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                    .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                    .build();
            if (password != null) {
                setPassword(service, password);
            }
            LOG.debug("embedded Neo4j on bolt://127.0.0.1:{} ({} ms), data in {}", port,
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), home);
            return new EmbeddedNeo4j(home, port, service, channel, lock);
        } catch (RuntimeException | IOException e) {
            releaseQuietly(lock);
            closeQuietly(channel);
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new UncheckedIOException((IOException) e);
        }
    }

    private static void setPassword(DatabaseManagementService service, String password) {
        // The only use of the embedded API: the system database has no other way in before a password exists.
        service.database("system").executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                java.util.Map.of("password", password));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Whether some process holds the folder's lock (a running easel), without disturbing it. */
    public static boolean inUse(Path home) {
        Path file = home.resolve(LOCK_FILE);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        try {
            service.shutdown();
        } finally {
            releaseQuietly(lock);
            closeQuietly(lockChannel);
        }
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            if (lock != null && lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it anyway
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing left to do with a channel that will not close
        }
    }

    /** Another process (an easel run, or `easel db start`) has the data folder. */
    public static final class DataDirInUseException extends RuntimeException {
        public DataDirInUseException(Path home) {
            super("the data folder " + home + " is in use by another easel process (see " + home.resolve(LOCK_FILE)
                    + " for its pid); stop it, use its URI with --uri, or choose another --data-dir");
        }
    }
}
