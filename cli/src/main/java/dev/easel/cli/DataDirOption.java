package dev.easel.cli;

import dev.easel.graph.db.ConnectionSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --data-dir}: the embedded server's folder, for every command that can start or touch it. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Folder of the embedded server (default ~/.easel/neo4j).")
    Path dataDir;

    Path dir() {
        return dataDir == null ? ConnectionSettings.defaultDataDir() : dataDir;
    }
}
