package dev.easel.cli;

import dev.easel.graph.dataset.DatasetExporter;
import dev.easel.graph.dataset.DatasetManifest;
import dev.easel.graph.db.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

/** {@code easel export --out DIR}: the whole graph as a dataset others can download and load. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the whole graph as a dataset: one gzipped JSON-lines file per node label and "
                + "relationship type, manifest.json (format and easel versions, rustc versions, counting rules, corpus,"
                + " date, rows and SHA-256 of each file) and a README.md describing every file and property. "
                + "Load it into an empty database with 'easel load --bulk DIR'."})
final class ExportCommand extends DatabaseCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The dataset folder: new, empty, or an earlier dataset (replaced once the new one is "
                    + "complete).")
    Path out;

    @Option(names = "--corpus", paramLabel = "TEXT",
            description = "What crates the graph covers, for the manifest and README "
                    + "(e.g. 'Debian 12 cargo registry, 1,514 packages').")
    String corpus;

    @Override
    protected void validate() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException(out + " is a file, not a folder");
        }
        if (Files.isDirectory(out) && !DatasetManifest.isDataset(out) && !empty(out)) {
            throw new UsageException(out + " holds files but no dataset (" + DatasetManifest.FILE + "): choose a new "
                    + "or empty folder, or an earlier dataset to replace");
        }
    }

    private static boolean empty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UsageException("cannot read " + dir + ": " + e.getMessage());
        }
    }

    @Override
    protected ExitCode execute(GraphStore store) {
        long started = System.nanoTime();
        DatasetExporter.Exported e = DatasetExporter.export(store, out,
                DatasetExporter.Description.of(VersionProvider.easelVersion(), corpus));
        err().printf(Locale.ROOT, "easel: exported %,d nodes and %,d relationships in %d files to %s in %.1f s%n",
                e.nodesExported(), e.relationshipsExported(), e.manifest().files().size(), out,
                (System.nanoTime() - started) / 1e9);
        long nodesLeft = e.nodesInGraph() - e.nodesExported();
        long relationshipsLeft = e.relationshipsInGraph() - e.relationshipsExported();
        if (nodesLeft > 0 || relationshipsLeft > 0) {
            err().printf("easel: not exported: %,d nodes and %,d relationships whose label, type or ends the graph "
                    + "schema does not declare%n", nodesLeft, relationshipsLeft);
        }
        out().println(out.resolve(DatasetManifest.FILE));
        return okUnless(nodesLeft > 0 || relationshipsLeft > 0);
    }
}
