package dev.easel.graph.db;

import java.nio.file.Path;

/**
 * Where the graph lives: a remote server (uri set) or the embedded default (uri null).
 *
 * @param uri      bolt://, neo4j://, with +s / +ssc variants; null for the embedded server
 * @param username user for a remote server
 * @param password password for a remote server (never logged); the embedded server's is in its data folder
 *                 ({@link PasswordFile})
 * @param database database name, null for the server's default
 * @param dataDir  the embedded server's folder
 * @param server   how an embedded server started here listens
 */
public record ConnectionSettings(String uri, String username, String password, String database, Path dataDir,
                                 EmbeddedServerOptions server) {

    /** The embedded server started here listens on loopback, with authentication. */
    public ConnectionSettings(String uri, String username, String password, String database, Path dataDir, int boltPort) {
        this(uri, username, password, database, dataDir, EmbeddedServerOptions.loopback(boltPort));
    }

    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".easel", "neo4j");
    }

    /** The embedded server on {@code dataDir}: the one serving it already, or one started here on loopback. */
    public static ConnectionSettings forDataDir(Path dataDir) {
        return new ConnectionSettings(null, null, null, null, dataDir, 0);
    }

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }

    @Override
    public String toString() {
        // never the password
        return embedded() ? "embedded Neo4j in " + dataDir : uri + (database == null ? "" : " (" + database + ")");
    }
}
