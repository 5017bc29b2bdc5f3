package dev.easel.cli;

import dev.easel.graph.db.GraphStore;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.load.LoadReport;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code easel ingest}: analyse crates and load them into the graph as they finish, then print the summary. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse crates and load them into Neo4j as each finishes; then print the \"Where's my C?\" summary.",
                "PATH: a crate folder, a folder of crates (name-version/), .crate archives or a folder of them, "
                        + "a cargo registry or vendor folder, or a workspace."})
final class IngestCommand extends DatabaseCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Crates to ingest.")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.jsonl",
            description = "Also write the analyses here (reload later with easel load).")
    Path out;

    @Option(names = "--summary", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Print the summary table when done (default; --no-summary to skip it).")
    boolean summary;

    @Mixin
    AnalysisOptionsMixin analysis;

    @Mixin
    LoadOptionsMixin load;

    @Override
    protected ExitCode execute(GraphStore store) {
        CrateRun.Outcome outcome;
        StreamingLoad.Result loading;
        LoadOptions options = load.loadOptions();
        if (analysis.keepArtifacts) {
            options = options.withDotDir(analysis.workDir().resolve("graphs"));
            err().println("easel: call graphs as DOT in " + options.dotDir());
        }
        try (StreamingLoad streaming = new StreamingLoad(loader(store, options), this::loadingStopped)) {
            outcome = CrateRun.run(paths, analysis, common, err(), out, streaming::add);
            loading = streaming.finish();
        }
        List<LoadReport.Failure> notLoaded = loading.reports().stream().flatMap(r -> r.failed().stream()).toList();
        notLoaded.forEach(f -> err().println("easel: not loaded: " + f));
        err().printf("easel: %d crates analysed (%d failed, %d from cache), %d versions loaded, %d not loaded into %s%n",
                outcome.crates(), outcome.failed(), outcome.fromCache(), loading.versionsLoaded(), notLoaded.size(),
                db.settings());
        err().print(outcome.dependencyLine());
        if (loading.failure() != null) {
            err().println("easel: loading stopped after " + loading.versionsLoaded() + " versions: "
                    + Easel.rootMessage(loading.failure()));
            err().println(out != null
                    ? "easel: every analysis is in " + out + ": load it with 'easel load " + out + "' once the database"
                            + " is back (versions loaded twice are replaced, not doubled)"
                    : "easel: run the same ingest again once the database is back: the cache answers the crates"
                            + " analysed (or use --out to keep the analyses in a file)");
            ExitCode code = Easel.exitCodeOf(loading.failure());
            if (code == ExitCode.INTERNAL_ERROR) {
                LoggerFactory.getLogger(IngestCommand.class).error("the loader failed", loading.failure());
            }
            return code;
        }
        if (summary) {
            SummaryTable.print(store, out());
        }
        return loadedUnless(notLoaded.size(), outcome.anyFailed());
    }

    /** Said at once, while the analysis goes on. */
    private void loadingStopped(Throwable failure) {
        err().println("easel: loading stopped: " + Easel.rootMessage(failure) + "; the analysis goes on"
                + (out != null ? " into " + out : "") + " without loading");
        err().flush();
    }
}
