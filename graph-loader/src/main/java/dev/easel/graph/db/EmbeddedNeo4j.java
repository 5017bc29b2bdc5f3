package dev.easel.graph.db;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An in-process Neo4j Community server with its Bolt connector (127.0.0.1 unless asked otherwise). easel never uses the
 * embedded API for data: everything goes through the driver, exactly as for a remote server.
 *
 * <p>The server touches only its graph: {@code LOAD CSV} cannot read files (file URLs off, the import folder an empty
 * folder of easel's own) nor reach any network address, no procedure or function from a plugin loads (Neo4j's built-in
 * ones are not subject to that setting: easel's ad-hoc query path checks them), and it never reports usage to Neo4j.
 * By default it asks for the password of {@link PasswordFile}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    static final String LOCK_FILE = DataDirLock.FILE;
    static final String IMPORT_DIR = "import";
    /** Neo4j's store (databases and transaction logs) inside the data folder. */
    private static final String STORE_DIR = "data";

    private final Path home;
    private final String boltUri;
    private final DatabaseManagementService service;
    private final DataDirLock lock;

    private EmbeddedNeo4j(Path home, String boltUri, DatabaseManagementService service, DataDirLock lock) {
        this.home = home;
        this.boltUri = boltUri;
        this.service = service;
        this.lock = lock;
    }

    /**
     * Starts a server on {@code home} and records its URI there ({@link ServerRecord}) for other easel processes.
     * With authentication, the password comes from {@link PasswordFile}: written and set on the server at the first
     * start (also the first start of a folder an older easel made without one), and set again on a store made anew.
     *
     * @throws DataDirInUseException        when another process holds the folder
     * @throws DatabaseUnavailableException when the password file cannot be used or the password cannot be set
     */
    public static EmbeddedNeo4j start(Path home, EmbeddedServerOptions options) {
        createHome(home);
        DataDirLock lock = DataDirLock.tryAcquire(home).orElseThrow(() -> new DataDirInUseException(home));
        try {
            ServerRecord.remove(home); // left by an owner that died
            StoreFiles.recover(home); // a bulk import's swap a killed process left half done
            // a bulk import writes only the neo4j database: the system database, which holds the password, is new
            boolean newStore = !Files.isDirectory(home.resolve(STORE_DIR).resolve("databases").resolve("system"));
            PasswordFile passwordFile = PasswordFile.in(home);
            // Neo4j refuses to "change" a password to itself: set it only where the store does not have it yet
            boolean setPassword = options.authentication() && (newStore || !passwordFile.exists());
            String password = options.authentication() ? passwordOf(home, newStore) : null;
            int port = options.boltPort() == 0 ? freePort() : options.boltPort();
            long started = System.nanoTime();
            DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(options.boltAddress(), port))
                    // what a neo4j:// client's routing table names as writer: else localhost:7687, another server
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(
                            options.clientHost().replaceAll("^\\[(.*)]$", "$1"), port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, options.authentication())
                    .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                    .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                    .setConfig(GraphDatabaseSettings.load_csv_file_url_root, importDir(home))
                    // no setting turns off LOAD CSV over http(s)/ftp; blocking every address refuses it before any connection
                    .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                            List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                    // an empty allow-list: a jar dropped into plugins/ adds nothing (built-ins are exempt from it)
                    .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of())
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .build();
            EmbeddedNeo4j server;
            try {
                if (setPassword) {
                    setPassword(service, password);
                }
                String uri = "bolt://" + options.clientHost() + ":" + port;
                new ServerRecord(ProcessHandle.current().pid(), uri, options.authentication()).write(home);
                server = new EmbeddedNeo4j(home, uri, service, lock);
            } catch (RuntimeException e) {
                service.shutdown();
                throw e;
            }
            LOG.debug("embedded Neo4j on {} ({} ms), data in {}", server.boltUri,
                    Duration.ofNanos(System.nanoTime() - started).toMillis(), home);
            return server;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        } catch (IOException e) {
            lock.close();
            throw new UncheckedIOException(e);
        }
    }

    static void createHome(Path home) {
        try {
            if (!Files.isDirectory(home)) {
                Files.createDirectories(home.toAbsolutePath().getParent());
                // the folder holds the password file and the store: its owner's alone
                Files.createDirectory(home, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data folder " + home + ": " + e.getMessage(), e);
        }
    }

    private static String passwordOf(Path home, boolean newStore) {
        PasswordFile file = PasswordFile.in(home);
        if (!file.exists()) {
            file.create();
            if (!newStore) {
                // a store from an easel that ran without authentication: it gets a password now
                LOG.info("{} had no password file (made by an older easel, or the file was deleted): the server now asks"
                        + " for a new password, user {}, password in {}", home, PasswordFile.USER, file.path());
            }
        }
        return file.read();
    }

    private static Path importDir(Path home) throws IOException {
        // LOAD CSV file URLs are off; should they ever be on, they resolve under this empty folder, never the host's files
        return Files.createDirectories(home.resolve(IMPORT_DIR));
    }

    private static void setPassword(DatabaseManagementService service, String password) {
        // The only use of the embedded API: the system database has no other way in before a password exists.
        try {
            service.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j's message names the user and the rule broken, never the password
            throw new DatabaseUnavailableException("cannot set the password of user " + PasswordFile.USER + ": "
                    + e.getMessage(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Whether some process holds the folder's lock (a running easel), without disturbing it. */
    public static boolean inUse(Path home) {
        return DataDirLock.isHeld(home);
    }

    /** The URI a client on this machine connects to. */
    public String boltUri() {
        return boltUri;
    }

    public Path home() {
        return home;
    }

    @Override
    public void close() {
        try {
            ServerRecord.remove(home); // first, so no new client comes to a server going away
        } finally {
            try {
                service.shutdown();
            } finally {
                lock.close();
            }
        }
    }

    /** Another process (an easel run, or `easel db start`) has the data folder. */
    public static final class DataDirInUseException extends RuntimeException {
        public DataDirInUseException(Path home) {
            super("the data folder " + home + " is in use by another easel process (pid in " + home.resolve(LOCK_FILE)
                    + "); stop it, or choose another --data-dir");
        }

        /** The other process serves the folder: everything but a second server can use it. */
        public DataDirInUseException(Path home, ServerRecord server) {
            super("the data folder " + home + " is served already, by easel process " + server.pid() + " at "
                    + server.uri() + "; other easel commands with this --data-dir use that server");
        }
    }
}
