package dev.easel.cli;

import dev.easel.graph.bulk.BulkImport;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --bulk} and what goes with it, for the commands that can load a new database through Neo4j's importer. */
public final class BulkOptions {

    @Option(names = "--bulk",
            description = "Into a new database through Neo4j's importer (store files written directly, many times "
                    + "faster than transactions). Embedded: the data folder's database, which must be empty unless "
                    + "--replace. Remote (--uri): writes the import files to --import-dir and prints the "
                    + "neo4j-admin command to run on the server.")
    boolean bulk;

    @Option(names = "--replace",
            description = "With --bulk: replace a database that holds a graph (only once the new one is complete).")
    boolean replace;

    @Option(names = "--import-dir", paramLabel = "DIR",
            description = "With --bulk and a remote server: where the import files go (default ./easel-import). "
                    + "Embedded, they go to a work folder inside the data folder (the new store is renamed into "
                    + "place) and are removed after the import.")
    Path importDir;

    BulkImport.Options importOptions() {
        return BulkImport.Options.defaults().withReplace(replace);
    }

    Path remoteDir() {
        return importDir == null ? Path.of("easel-import") : importDir;
    }

    void validate() {
        if (!bulk && (replace || importDir != null)) {
            throw new UsageException("--replace and --import-dir go with --bulk");
        }
    }
}
