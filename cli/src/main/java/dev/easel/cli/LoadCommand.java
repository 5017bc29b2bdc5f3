package dev.easel.cli;

import dev.easel.graph.db.GraphStore;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code easel load}: load analyses written earlier by analyze or ingest. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Load JSON-lines analyses (from easel analyze / ingest --out) into Neo4j. "
                + "Idempotent: loading a file twice changes nothing; a version analysed again replaces its facts.")
final class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE.jsonl", description = "Analyses to load.")
    List<Path> files;

    @Mixin
    LoadOptionsMixin load;

    @Mixin
    DatabaseOptions db;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        UsageException.requireFiles(files);
        PrintWriter err = spec.commandLine().getErr();
        boolean anyFailed = false;
        try (GraphStore store = GraphStore.open(db.settings())) {
            AnalysisLoader loader = new AnalysisLoader(store, load.loadOptions());
            IngestCommand.recover(loader, err);
            for (Path f : files) {
                LoadReport report = loader.loadFile(f);
                err.printf("easel: %s: %d versions loaded, %d nodes and %d relationships written (%.0f relationships/s)%n",
                        f, report.versionsLoaded(), report.nodesTotal(), report.relationshipsTotal(),
                        report.relationshipsPerSecond());
                report.failed().forEach(x -> err.println("easel: not loaded: " + x));
                anyFailed |= !report.failed().isEmpty();
            }
        }
        return anyFailed ? ExitCode.SOME_FAILED.code() : ExitCode.OK.code();
    }
}
