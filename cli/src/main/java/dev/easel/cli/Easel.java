package dev.easel.cli;

import dev.easel.graph.db.DatabaseUnavailableException;
import dev.easel.graph.db.EmbeddedNeo4j;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/** The {@code easel} command: an empty root with subcommands (as PMD's CLI). */
@Command(name = "easel",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        versionProvider = VersionProvider.class,
        description = "Where's my C? Unsafe, FFI boundaries and call graphs of Rust crates, in Neo4j.",
        subcommands = {
                CommandLine.HelpCommand.class,
                FetchCommand.class,
                IngestCommand.class,
                AnalyzeCommand.class,
                LoadCommand.class,
                QueryCommand.class,
                QueriesCommand.class,
                ReportCommand.class,
                IndexCommand.class,
                TyposquatCommand.class,
                AdvisoriesCommand.class,
                ExportCsvCommand.class,
                ExportCommand.class,
                ProvenanceCommand.class,
                DbCommand.class,
        },
        exitCodeListHeading = "%nExit codes:%n",
        footerHeading = "%nEnvironment:%n",
        footer = {
                "  NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE as for cypher-shell;",
                "  an option beats the environment, which beats the default.",
                "  Without a URI, easel uses the embedded Neo4j of --data-dir (~/.easel/neo4j): the server",
                "  easel db start runs there, or one it starts; the password is in that folder.",
                "",
                "Benchmarks: ./easel bench from a checkout (module easel-bench, not part of this jar);",
                "  see docs/PERFORMANCE.md."})
public final class Easel {

    private Easel() {
    }

    public static void main(String[] args) {
        System.exit(mainWithoutExit(args));
    }

    /** Runs easel and returns its exit code; everything testable goes through here. */
    public static int mainWithoutExit(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs easel with results on {@code out} and messages on {@code err}. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        LoggingSetup.configure(args);
        CommandLine cmd = commandLine();
        cmd.setOut(out);
        cmd.setErr(err);
        return cmd.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(Easel.class);
        ServiceLoader.load(SubcommandProvider.class).forEach(p -> cmd.addSubcommand(p.subcommand()));
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            exitCodes.put(Integer.toString(code.code()), code.meaning());
        }
        cmd.getCommandSpec().usageMessage().exitCodeList(exitCodes);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExitCodeExceptionMapper(t -> exitCodeOf(t).code());
        cmd.setExecutionExceptionHandler(Easel::handleExecutionException);
        return cmd;
    }

    /** The exit code a failure calls for: its causes decide. */
    static ExitCode exitCodeOf(Throwable t) {
        // worker threads wrap what they throw (CompletionException): the cause decides
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CommandLine.ParameterException || c instanceof UsageException) {
                return ExitCode.USAGE;
            }
            if (c instanceof DatabaseUnavailableException || c instanceof EmbeddedNeo4j.DataDirInUseException
                    || c instanceof ServiceUnavailableException || c instanceof SessionExpiredException) {
                return ExitCode.DATABASE_UNAVAILABLE;
            }
        }
        return ExitCode.INTERNAL_ERROR;
    }

    private static int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        ExitCode code = exitCodeOf(e);
        if (code == ExitCode.INTERNAL_ERROR) {
            LoggerFactory.getLogger(Easel.class).error("internal error", e);
            err.println("easel: internal error: " + e);
        } else {
            // expected failures are one clear line, no stack trace
            err.println("easel: " + rootMessage(e));
        }
        err.flush();
        return code.code();
    }

    /** The message of the innermost cause that has one, on one line. */
    static String rootMessage(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && (c.getMessage() == null || c instanceof java.util.concurrent.CompletionException)) {
            c = c.getCause();
        }
        return String.valueOf(c.getMessage()).replace('\n', ' ');
    }
}
