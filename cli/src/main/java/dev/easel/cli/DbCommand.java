package dev.easel.cli;

import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.EmbeddedNeo4j;
import dev.easel.graph.db.GraphStore;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.CountDownLatch;

/** {@code easel db start|status|reset}: the embedded server, for Neo4j Browser and cypher-shell users. */
@Command(name = "db", description = "Run, inspect or reset the database.",
        mixinStandardHelpOptions = true,
        subcommands = {DbCommand.Start.class, DbCommand.Status.class, DbCommand.Reset.class})
final class DbCommand {

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start the embedded Neo4j in the foreground and print its Bolt URI; Ctrl-C stops it.")
    static final class Start extends EaselCommand {
        @Mixin
        DataDirOption dataDir;
        @Option(names = "--bolt-port", defaultValue = "7687",
                description = "Bolt port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 for a free one).")
        int boltPort;

        @Override
        protected ExitCode execute() throws InterruptedException {
            Path dir = dataDir.dir();
            GraphStore store = GraphStore.open(new ConnectionSettings(null, null, null, null, dir, boltPort));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                stopped.countDown();
            }));
            PrintWriter out = out();
            out.println(store.uri());
            out.flush();
            err().println("easel: embedded Neo4j running (no authentication, loopback only), data in " + dir
                    + "; connect with: cypher-shell -a " + store.uri() + "   Ctrl-C to stop.");
            stopped.await();
            return ExitCode.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Say where the database is and what it holds.")
    static final class Status extends EaselCommand {
        @Mixin
        DatabaseOptions db;

        @Override
        protected ExitCode execute() {
            PrintWriter out = out();
            ConnectionSettings settings = db.settings();
            if (settings.embedded() && EmbeddedNeo4j.inUse(settings.dataDir())) {
                out.println("embedded database in " + settings.dataDir()
                        + " is in use by another easel process (pid in " + settings.dataDir().resolve("easel.lock") + ")");
                return ExitCode.OK;
            }
            try (GraphStore store = GraphStore.open(settings); Session session = store.session()) {
                out.println("database: " + settings + (store.isEmbedded() ? " (started for this command)" : ""));
                Record counts = session.run("""
                        CALL { MATCH (c:Crate) RETURN count(c) AS crates }
                        CALL { MATCH (v:Version) RETURN count(v) AS versions }
                        CALL { MATCH (v:Version) WHERE v.analysed RETURN count(v) AS analysed }
                        CALL { MATCH (f:Function) RETURN count(f) AS functions }
                        CALL { MATCH (f:ForeignFunction) RETURN count(f) AS foreign }
                        RETURN crates, versions, analysed, functions, foreign""").single();
                out.printf("crates: %d%nversions: %d%nanalysed versions: %d%nfunctions: %d%nforeign functions: %d%n",
                        counts.get("crates").asLong(), counts.get("versions").asLong(),
                        counts.get("analysed").asLong(), counts.get("functions").asLong(),
                        counts.get("foreign").asLong());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Delete the embedded database's data folder (asks first unless --yes).")
    static final class Reset extends EaselCommand {
        @Mixin
        DataDirOption dataDir;
        @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
        boolean yes;

        @Override
        protected ExitCode execute() throws IOException {
            Path dir = dataDir.dir();
            PrintWriter out = out();
            if (!Files.exists(dir)) {
                out.println("nothing to reset: " + dir + " does not exist");
                return ExitCode.OK;
            }
            if (EmbeddedNeo4j.inUse(dir)) {
                throw new EmbeddedNeo4j.DataDirInUseException(dir);
            }
            if (!Files.exists(dir.resolve("data")) && !Files.exists(dir.resolve("easel.lock"))) {
                throw new UsageException(dir + " does not look like an easel database folder; not deleting it");
            }
            if (!yes && !confirm(dir)) {
                out.println("not reset");
                return ExitCode.USAGE;
            }
            deleteTree(dir);
            out.println("deleted " + dir);
            return ExitCode.OK;
        }

        private static boolean confirm(Path dir) {
            java.io.Console console = System.console();
            if (console == null) {
                throw new UsageException("refusing to delete " + dir + " without confirmation: run with --yes");
            }
            String answer = console.readLine("Delete every graph in %s? [y/N] ", dir);
            return answer != null && (answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes"));
        }
    }

    static void deleteTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
