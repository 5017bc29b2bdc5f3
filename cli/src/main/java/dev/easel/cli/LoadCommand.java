package dev.easel.cli;

import dev.easel.graph.dataset.DatasetManifest;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code easel load}: load analyses written earlier by analyze or ingest. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Load JSON-lines analyses (from easel analyze / ingest --out) into Neo4j. "
                + "Idempotent: loading a file twice changes nothing; a version analysed again replaces its facts.")
final class LoadCommand extends DatabaseCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE.jsonl",
            description = "Analyses to load; or, with --bulk, one dataset folder written by easel export.")
    List<Path> files;

    @Mixin
    LoadOptionsMixin load;

    @Mixin
    BulkOptions bulk;

    @Override
    protected void validate() {
        bulk.validate();
        if (files.stream().anyMatch(DatasetManifest::isDataset)) {
            if (!bulk.bulk || files.size() > 1) {
                throw new UsageException("a dataset (easel export) loads alone and with --bulk, into an empty "
                        + "database: easel load --bulk " + files.stream().filter(DatasetManifest::isDataset)
                        .findFirst().orElseThrow());
            }
            return;
        }
        requireFiles(files);
    }

    @Override
    protected ExitCode execute() throws Exception {
        if (bulk.bulk && DatasetManifest.isDataset(files.get(0))) {
            return BulkDataset.load(files.get(0), db.settings(), bulk, out(), err());
        }
        return bulk.bulk ? BulkAnalyses.load(files, load.loadOptions(), db.settings(), bulk, out(), err())
                : super.execute();
    }

    @Override
    protected ExitCode execute(GraphStore store) throws IOException {
        long notLoaded = 0;
        AnalysisLoader loader = loader(store, load.loadOptions());
        for (Path f : files) {
            LoadReport report = loader.loadFile(f);
            report.failed().forEach(x -> err().println("easel: not loaded: " + x));
            err().printf("easel: %s: %d versions loaded, %d not loaded, %d nodes and %d relationships written "
                            + "(%.0f relationships/s)%n", f, report.versionsLoaded(), report.failed().size(),
                    report.nodesTotal(), report.relationshipsTotal(), report.relationshipsPerSecond());
            notLoaded += report.failed().size();
        }
        return loadedUnless(notLoaded, false);
    }
}
