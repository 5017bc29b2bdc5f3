package dev.easel.cli;

import dev.easel.analyzer.index.DbDumpReader;
import dev.easel.analyzer.index.RegistryIndexReader;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.index.IndexLoader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code easel index import}: the whole ecosystem's dependency graph, without building anything. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "The ecosystem's crates, versions and dependencies from crates.io data, without building.",
        subcommands = IndexCommand.Import.class)
final class IndexCommand {

    @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Load Crate, Version and DEPENDS_ON (Painter's property names) from the crates.io database "
                    + "dump or a registry index checkout, streaming; marks each crate's latest non-yanked version.",
                    "Analyses loaded later attach to the same Version nodes."})
    static final class Import extends DatabaseCommand {

        static final class Source {
            @Option(names = "--db-dump", paramLabel = "PATH",
                    description = "db-dump.tar.gz, or the folder it extracts to (holding data/crates.csv …).")
            Path dump;

            @Option(names = "--index", paramLabel = "DIR", description = "A checkout of the crates.io registry index.")
            Path index;
        }

        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;

        @Option(names = "--batch-size", defaultValue = "10000", description = "Rows per transaction (default ${DEFAULT-VALUE}).")
        int batchSize;

        @Override
        protected void validate() {
            requireExisting(source.dump != null ? source.dump : source.index);
            if (batchSize < 1) {
                throw new UsageException("--batch-size must be at least 1");
            }
        }

        @Override
        protected ExitCode execute(GraphStore store) throws IOException {
            Path path = source.dump != null ? source.dump : source.index;
            PrintWriter err = err();
            long started = System.nanoTime();
            IndexLoader loader = new IndexLoader(store, batchSize);
            if (source.dump != null) {
                DbDumpReader.read(path, loader);
            } else {
                RegistryIndexReader.read(path, loader);
            }
            IndexLoader.Report report = loader.finish();
            double seconds = (System.nanoTime() - started) / 1e9;
            report.problems().forEach(p -> err.println("easel: " + p));
            err.printf("easel: imported %d crates, %d versions, %d dependencies (%d latest) from %s in %.1f s%n",
                    report.crates(), report.versions(), report.dependencies(), report.latest(), path, seconds);
            return okUnless(!report.problems().isEmpty());
        }
    }
}
