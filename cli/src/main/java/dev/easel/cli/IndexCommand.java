package dev.easel.cli;

import dev.easel.analyzer.index.DbDumpReader;
import dev.easel.analyzer.index.DownloadWindow;
import dev.easel.analyzer.index.RecentDownloads;
import dev.easel.analyzer.index.RegistryIndexReader;
import dev.easel.analyzer.index.VersionDownloadsArchive;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.index.IndexLoader;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code easel index import}: the whole ecosystem's dependency graph, without building anything. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "The ecosystem's crates, versions and dependencies from crates.io data, without building.",
        subcommands = IndexCommand.Import.class)
final class IndexCommand {

    @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Load Crate, Version and DEPENDS_ON (Painter's property names) from the crates.io database "
                    + "dump or a registry index checkout, streaming; marks each crate's latest non-yanked version.",
                    "From a db-dump also crate owners ((:Owner)-[:OWNS]->(:Crate)) and downloads on crates and "
                            + "versions; with --version-downloads, each version's and crate's recent_downloads over "
                            + "a window of days.",
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

        @Option(names = "--version-downloads", paramLabel = "DIR",
                description = "crates.io's daily version-downloads archive (YYYY-MM-DD.csv files, as at "
                        + "static.crates.io/archive/version-downloads/), or the dump's version_downloads.csv: summed "
                        + "per version into recent_downloads (with --db-dump only).")
        Path versionDownloads;

        @Option(names = "--downloads-since", paramLabel = "DATE",
                description = "First day (YYYY-MM-DD) of the window --version-downloads sums (default: its first).")
        LocalDate since;

        @Option(names = "--downloads-until", paramLabel = "DATE",
                description = "Last day (YYYY-MM-DD) of that window, included (default: its last).")
        LocalDate until;

        @Option(names = "--batch-size", defaultValue = "10000", description = "Rows per transaction (default ${DEFAULT-VALUE}).")
        int batchSize;

        @Mixin
        BulkOptions bulk;

        private DownloadWindow window;

        @Override
        protected void validate() {
            bulk.validate();
            requireExisting(source.dump != null ? source.dump : source.index);
            if (batchSize < 1) {
                throw new UsageException("--batch-size must be at least 1");
            }
            if ((since != null || until != null) && versionDownloads == null) {
                throw new UsageException("--downloads-since and --downloads-until need --version-downloads");
            }
            if (versionDownloads != null) {
                if (source.dump == null) {
                    throw new UsageException("--version-downloads needs --db-dump (the archive names versions by dump id)");
                }
                requireExisting(versionDownloads);
            }
            try {
                window = new DownloadWindow(since, until);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }

        @Override
        protected ExitCode execute() throws Exception {
            return bulk.bulk ? BulkIndex.load(new BulkIndex.Input(source.dump, source.index, versionDownloads, window),
                    db.settings(), bulk, out(), err()) : super.execute();
        }

        @Override
        protected ExitCode execute(GraphStore store) throws IOException {
            Path path = source.dump != null ? source.dump : source.index;
            PrintWriter err = err();
            long started = System.nanoTime();
            IndexLoader loader = new IndexLoader(store, batchSize);
            List<String> notices = new ArrayList<>();
            RecentDownloads recent = null;
            if (source.dump != null) {
                if (versionDownloads != null) {
                    recent = VersionDownloadsArchive.read(versionDownloads, window, loader::problem);
                }
                DbDumpReader.Stats stats = DbDumpReader.read(path, loader,
                        Path.of(System.getProperty("java.io.tmpdir")), recent);
                notices.addAll(stats.notices());
            } else {
                RegistryIndexReader.read(path, loader);
            }
            IndexLoader.Report report = loader.finish();
            double seconds = (System.nanoTime() - started) / 1e9;
            report.problems().forEach(p -> err.println("easel: " + p));
            notices.forEach(n -> err.println("easel: note: " + n));
            if (recent != null) {
                RecentDownloads.Coverage c = recent.coverage();
                err.printf(Locale.ROOT, "easel: recent downloads over %s: %d days with data (%s to %s), %,d rows from "
                                + "%d files, %,d versions%n", c.window(), c.days(), c.first(), c.last(), c.rows(),
                        c.files(), c.versions());
            }
            err.printf(Locale.ROOT, "easel: imported %d crates, %d versions, %d dependencies (%d latest), %d owners, "
                            + "%d crate download counts from %s in %.1f s%n", report.crates(), report.versions(),
                    report.dependencies(), report.latest(), report.owners(), report.crateDownloads(), path, seconds);
            return okUnless(!report.problems().isEmpty());
        }
    }
}
