package dev.easel.cli;

import dev.easel.graph.db.GraphStore;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.load.LoadReport;
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
        List<LoadReport> reports;
        LoadOptions options = load.loadOptions();
        if (analysis.keepArtifacts) {
            options = options.withDotDir(analysis.workDir().resolve("graphs"));
            err().println("easel: call graphs as DOT in " + options.dotDir());
        }
        try (StreamingLoad streaming = new StreamingLoad(loader(store, options))) {
            outcome = CrateRun.run(paths, analysis, common, err(), out, streaming::add);
            reports = streaming.finish();
        }
        long loaded = reports.stream().mapToLong(LoadReport::versionsLoaded).sum();
        List<LoadReport.Failure> notLoaded = reports.stream().flatMap(r -> r.failed().stream()).toList();
        notLoaded.forEach(f -> err().println("easel: not loaded: " + f));
        err().printf("easel: %d crates analysed (%d failed, %d from cache), %d versions loaded, %d not loaded into %s%n",
                outcome.crates(), outcome.failed(), outcome.fromCache(), loaded, notLoaded.size(), db.settings());
        err().print(outcome.dependencyLine());
        if (summary) {
            SummaryTable.print(store, out());
        }
        return loadedUnless(notLoaded.size(), outcome.anyFailed());
    }
}
