package dev.easel.cli;

import dev.easel.analyzer.files.FileTrees;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.EmbeddedNeo4j;
import dev.easel.graph.db.EmbeddedServerOptions;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.PasswordFile;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** {@code easel db start|status|reset}: the embedded server, for Neo4j Browser and cypher-shell users. */
@Command(name = "db", description = "Run, inspect or reset the database.",
        mixinStandardHelpOptions = true,
        subcommands = {DbCommand.Start.class, DbCommand.Status.class, DbCommand.Reset.class})
final class DbCommand {

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = {"Start the embedded Neo4j in the foreground and print its Bolt URI; Ctrl-C stops it.",
                    "Other easel commands on the same --data-dir use this server while it runs."})
    static final class Start extends EaselCommand {
        @Mixin
        DataDirOption dataDir;
        @Option(names = "--bolt-port", defaultValue = "7687",
                description = "Bolt port (default ${DEFAULT-VALUE}; 0 for a free one).")
        int boltPort;
        @Option(names = "--bolt-address", paramLabel = "ADDRESS", defaultValue = EmbeddedServerOptions.LOOPBACK,
                description = "Address to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
        String boltAddress;
        @Option(names = "--no-auth", description = "Ask for no password (refused with a non-loopback --bolt-address).")
        boolean noAuth;

        @Override
        protected ExitCode execute() throws InterruptedException {
            Path dir = dataDir.dir();
            EmbeddedServerOptions server;
            try {
                server = new EmbeddedServerOptions(boltAddress, boltPort, !noAuth);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            GraphStore store = GraphStore.serve(new ConnectionSettings(null, null, null, null, dir, server));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                stopped.countDown();
            }));
            PrintWriter out = out();
            out.println(store.uri());
            out.flush();
            String access = noAuth
                    ? "no authentication, loopback only"
                    : "user " + PasswordFile.USER + ", password in " + PasswordFile.in(dir).path() + " (yours alone)";
            err().println("easel: embedded Neo4j running at " + store.uri() + " (" + access + "), data in " + dir
                    + "; other easel commands with this --data-dir use it. Ctrl-C to stop.");
            stopped.await();
            return ExitCode.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Say where the database is and what it holds.")
    static final class Status extends DatabaseCommand {

        @Override
        protected ExitCode execute(GraphStore store) {
            PrintWriter out = out();
            try (Session session = store.session()) {
                out.println("database: " + store.where());
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
            FileTrees.delete(dir);
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

}
