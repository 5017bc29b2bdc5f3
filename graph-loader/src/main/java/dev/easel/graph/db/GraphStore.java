package dev.easel.graph.db;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SecurityException;

import java.util.concurrent.TimeUnit;

/**
 * The one way into the graph: a driver session factory for either a remote server or the embedded one, which is
 * started (and stopped on close) here. Everything else talks Bolt through {@link #session()}.
 */
public final class GraphStore implements AutoCloseable {

    private final Driver driver;
    private final String database;
    private final EmbeddedNeo4j embedded;
    private final String uri;

    private GraphStore(Driver driver, String database, EmbeddedNeo4j embedded, String uri) {
        this.driver = driver;
        this.database = database;
        this.embedded = embedded;
        this.uri = uri;
    }

    /**
     * Opens the store, checks connectivity and creates the schema.
     *
     * @throws DatabaseUnavailableException with one clear line when the server cannot be reached or refuses us
     */
    public static GraphStore open(ConnectionSettings settings) {
        EmbeddedNeo4j embedded = null;
        String uri = settings.uri();
        AuthToken auth;
        if (settings.embedded()) {
            embedded = EmbeddedNeo4j.start(settings.dataDir(), settings.boltPort(), settings.password());
            uri = embedded.boltUri();
            auth = settings.password() == null ? AuthTokens.none() : AuthTokens.basic("neo4j", settings.password());
        } else {
            auth = settings.password() == null && settings.username() == null
                    ? AuthTokens.none()
                    : AuthTokens.basic(settings.username() == null ? "neo4j" : settings.username(),
                    settings.password() == null ? "" : settings.password());
        }
        Driver driver = null;
        try {
            driver = GraphDatabase.driver(uri, auth, Config.builder()
                    .withConnectionTimeout(10, TimeUnit.SECONDS)
                    .withMaxTransactionRetryTime(30, TimeUnit.SECONDS)
                    .withLogging(org.neo4j.driver.Logging.slf4j())
                    .build());
            driver.verifyConnectivity();
            GraphStore store = new GraphStore(driver, settings.database(), embedded, uri);
            Schema.ensure(store);
            return store;
        } catch (SecurityException e) {
            closeAll(driver, embedded);
            throw new DatabaseUnavailableException("Neo4j at " + uri + " refused the credentials of user '"
                    + (settings.username() == null ? "neo4j" : settings.username()) + "': " + e.getMessage(), e);
        } catch (ServiceUnavailableException e) {
            closeAll(driver, embedded);
            throw new DatabaseUnavailableException("cannot reach Neo4j at " + uri + ": " + e.getMessage(), e);
        } catch (ClientException e) {
            closeAll(driver, embedded);
            throw new DatabaseUnavailableException("Neo4j at " + uri + " refused the connection: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            closeAll(driver, embedded);
            throw new DatabaseUnavailableException("not a Neo4j URI: '" + uri + "' (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            closeAll(driver, embedded);
            throw e;
        }
    }

    private static void closeAll(Driver driver, EmbeddedNeo4j embedded) {
        if (driver != null) {
            driver.close();
        }
        if (embedded != null) {
            embedded.close();
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

    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        closeAll(driver, embedded);
    }
}
