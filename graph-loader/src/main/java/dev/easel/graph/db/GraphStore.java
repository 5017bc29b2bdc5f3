package dev.easel.graph.db;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one way into the graph: a driver session factory for a remote server or the embedded one. On a data folder,
 * the embedded server is the one another easel process already serves there ({@link ServerRecord}), or else one
 * started (and stopped on close) here. Everything else talks Bolt through {@link #session()}.
 */
public final class GraphStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GraphStore.class);
    /** How long to wait for another process that holds the folder to start serving it (the server takes 8–20 s). */
    private static final Duration WAIT_FOR_OWNER = Duration.ofSeconds(90);

    private final Driver driver;
    private final String database;
    private final EmbeddedNeo4j embedded;
    private final String uri;
    private final String where;
    private volatile boolean closed;

    private GraphStore(Driver driver, String database, EmbeddedNeo4j embedded, String uri, String where) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.uri = uri;
        this.where = where;
    }

    /**
     * Where to connect, as what, what to say when the credentials are refused, and whether to create the schema (a
     * server another easel process runs has it already: its owner created it when it opened the store).
     */
    private record Target(String uri, AuthToken auth, String where, String credentialsRefused, boolean ensureSchema) {
    }

    /**
     * Opens the store, checks connectivity and creates the schema. On a data folder another easel process serves,
     * connects to that process's server with the folder's password.
     *
     * @throws DatabaseUnavailableException with one clear line when the server cannot be reached or refuses us
     */
    public static GraphStore open(ConnectionSettings settings) {
        if (!settings.embedded()) {
            String user = settings.username() == null ? PasswordFile.USER : settings.username();
            AuthToken auth = settings.password() == null && settings.username() == null
                    ? AuthTokens.none()
                    : AuthTokens.basic(user, settings.password() == null ? "" : settings.password());
            return connect(new Target(settings.uri(), auth, settings.toString(),
                    "Neo4j at " + settings.uri() + " refused the credentials of user '" + user + "'", true), settings, null);
        }
        Path dir = settings.dataDir();
        long deadline = System.nanoTime() + WAIT_FOR_OWNER.toNanos();
        boolean told = false;
        while (true) {
            Optional<ServerRecord> running = ServerRecord.live(dir);
            if (running.isPresent()) {
                return join(settings, running.get());
            }
            try {
                return serve(settings);
            } catch (EmbeddedNeo4j.DataDirInUseException e) {
                // the owner is starting its server (its record comes once it answers), or stopping
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                if (!told) {
                    LOG.info("waiting for the easel process (pid in {}) that holds {} to serve it",
                            dir.resolve(DataDirLock.FILE), dir);
                    told = true;
                }
                pause(e);
            }
        }
    }

    /**
     * Starts the embedded server on the settings' data folder and connects to it; never joins another process's
     * server ({@code easel db start}).
     *
     * @throws EmbeddedNeo4j.DataDirInUseException when another process holds the folder
     */
    public static GraphStore serve(ConnectionSettings settings) {
        if (!settings.embedded()) {
            throw new IllegalArgumentException("a remote server (" + settings + ") is not started by easel");
        }
        Path dir = settings.dataDir();
        Optional<ServerRecord> running = ServerRecord.live(dir);
        if (running.isPresent()) {
            throw new EmbeddedNeo4j.DataDirInUseException(dir, running.get());
        }
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(dir, settings.server());
        AuthToken auth;
        try {
            auth = settings.server().authentication()
                    ? AuthTokens.basic(PasswordFile.USER, PasswordFile.in(dir).read())
                    : AuthTokens.none();
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
        return connect(new Target(embedded.boltUri(), auth,
                "embedded Neo4j in " + dir + " at " + embedded.boltUri() + " (started for this command)",
                "the embedded server refused the password in " + PasswordFile.in(dir).path() + " (edited since easel"
                        + " wrote it? delete it, and the next start writes and sets a new one)", true), settings, embedded);
    }

    /** Connects to the server another easel process runs on the folder. */
    private static GraphStore join(ConnectionSettings settings, ServerRecord server) {
        Path dir = settings.dataDir();
        PasswordFile password = PasswordFile.in(dir);
        String who = "the easel process " + server.pid() + " serving " + dir + " at " + server.uri();
        AuthToken auth = AuthTokens.none();
        if (server.authentication()) {
            if (!password.exists()) {
                throw new DatabaseUnavailableException(who + " asks for the password in " + password.path()
                        + ", which is missing; stop that process and start it again to write a new one", null);
            }
            auth = AuthTokens.basic(PasswordFile.USER, password.read());
        }
        LOG.debug("{} is served by easel process {} at {}", dir, server.pid(), server.uri());
        return connect(new Target(server.uri(), auth, "embedded Neo4j in " + dir + ", served at " + server.uri()
                        + " by easel process " + server.pid(),
                who + " refused the password in " + password.path() + " (edited since easel wrote it? stop that"
                        + " process, delete the file, and start it again: easel writes and sets a new one)", false),
                settings, null);
    }

    private static GraphStore connect(Target target, ConnectionSettings settings, EmbeddedNeo4j embedded) {
        Driver driver = null;
        try {
            driver = GraphDatabase.driver(target.uri(), target.auth(), Config.builder()
                    .withConnectionTimeout(10, TimeUnit.SECONDS)
                    .withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
                    .withLogging(org.neo4j.driver.Logging.slf4j())
                    .build());
            driver.verifyConnectivity();
            GraphStore store = new GraphStore(driver, settings.database(), embedded, target.uri(), target.where());
            if (target.ensureSchema()) {
                Schema.ensure(store);
            }
            return store;
        } catch (SecurityException e) {
            closeAll(driver, embedded);
            throw new DatabaseUnavailableException(target.credentialsRefused() + ": " + e.getMessage(), e);
        } catch (ServiceUnavailableException e) {
            closeAll(driver, embedded);
            throw new DatabaseUnavailableException("cannot reach Neo4j at " + target.uri() + ": " + e.getMessage(), e);
        } catch (ClientException e) {
            closeAll(driver, embedded);
            throw new DatabaseUnavailableException("Neo4j at " + target.uri() + " refused the connection: "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            closeAll(driver, embedded);
            throw new DatabaseUnavailableException("not a Neo4j URI: '" + target.uri() + "' (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            closeAll(driver, embedded);
            throw e;
        }
    }

    private static void pause(RuntimeException giveUp) {
        try {
            Thread.sleep(250);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw giveUp;
        }
    }

    private static void closeAll(Driver driver, EmbeddedNeo4j embedded) {
        try {
            if (driver != null) {
                driver.close();
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    public Session session() {
        return driver.session(database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database));
    }

    public Driver driver() {
        return driver;
    }

    /** The database name, or null for the server's default. */
    public String database() {
        return database;
    }

    /** The Bolt URI clients (cypher-shell, Browser) can use while this store is open. */
    public String uri() {
        return uri;
    }

    /** One line saying which server this is, for status messages (never the password). */
    public String where() {
        return where;
    }

    /** Whether this store started the embedded server itself (and stops it on close). */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /** True once {@link #close()} was called: nothing more can be done with this store. */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        closeAll(driver, embedded);
    }
}
