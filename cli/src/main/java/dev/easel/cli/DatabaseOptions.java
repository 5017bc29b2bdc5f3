package dev.easel.cli;

import dev.easel.graph.db.ConnectionSettings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.Console;
import java.nio.file.Path;

/**
 * The connection options cypher-shell users know. A flag beats the environment, which beats the default; with no URI
 * easel starts its embedded server.
 */
public final class DatabaseOptions {

    @Option(names = {"-a", "--uri", "--address"}, paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "Neo4j server: bolt://, neo4j://, bolt+s://, neo4j+ssc://… (env NEO4J_URI). "
                    + "Default: the embedded server.")
    String uri;

    @Option(names = {"-u", "--username"}, defaultValue = "${env:NEO4J_USERNAME:-neo4j}",
            description = "User for a remote server (env NEO4J_USERNAME; default ${DEFAULT-VALUE}).")
    String username;

    @Option(names = {"-p", "--password"}, arity = "0..1", interactive = true,
            description = "Password for a remote server: env NEO4J_PASSWORD, or -p alone to be asked (never echoed).")
    char[] password;

    @Option(names = {"-d", "--database"}, defaultValue = "${env:NEO4J_DATABASE}",
            description = "Database name (env NEO4J_DATABASE; default: the server's default database).")
    String database;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--bolt-port", defaultValue = "0",
            description = "Bolt port of the embedded server on 127.0.0.1 (default: a free one).")
    int boltPort;

    public ConnectionSettings settings() {
        Path dir = dataDir.dir();
        if (uri == null || uri.isBlank()) {
            return new ConnectionSettings(null, null, null, database, dir, boltPort);
        }
        return new ConnectionSettings(uri, username, resolvePassword(), database, dir, boltPort);
    }

    private String resolvePassword() {
        if (password != null) {
            return new String(password);
        }
        String env = System.getenv("NEO4J_PASSWORD");
        if (env != null) {
            return env;
        }
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for %s at %s: ", username, uri);
            return typed == null ? null : new String(typed);
        }
        return null;
    }
}
