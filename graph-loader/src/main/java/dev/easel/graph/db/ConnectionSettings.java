package dev.easel.graph.db;

import java.nio.file.Path;

/**
 * Where the graph lives: a remote server (uri set) or the embedded default (uri null).
 *
 * @param uri      bolt://, neo4j://, with +s / +ssc variants; null for the embedded server
 * @param username user for a remote server
 * @param password password for a remote server (never logged); for the embedded server, null means no auth
 * @param database database name, null for the server's default
 * @param dataDir  the embedded server's folder
 * @param boltPort the embedded server's port, 0 for a free one
 */
public record ConnectionSettings(String uri, String username, String password, String database, Path dataDir,
                                 int boltPort) {

    public static Path defaultDataDir() {
        return Path.of(System.getProperty("user.home"), ".easel", "neo4j");
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
