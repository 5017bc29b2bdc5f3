package dev.easel.cli;

import dev.easel.analyzer.fetch.ArchiveOutcome;
import dev.easel.analyzer.fetch.CrateFetcher;
import dev.easel.analyzer.fetch.CrateList;
import dev.easel.analyzer.fetch.CrateRequest;
import dev.easel.analyzer.fetch.FetchException;
import dev.easel.analyzer.fetch.FetchListener;
import dev.easel.analyzer.fetch.FetchOptions;
import dev.easel.analyzer.fetch.FetchReport;
import dev.easel.analyzer.fetch.IndexLocation;
import dev.easel.analyzer.model.Problem;
import dev.easel.graph.db.GraphStore;
import dev.easel.queries.QueryCatalog;
import dev.easel.queries.QueryResult;
import dev.easel.queries.QueryRunner;
import org.neo4j.driver.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code easel fetch}: .crate archives from a cargo registry into a folder that ingest and analyze take as it is. */
@Command(name = "fetch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Download .crate archives from a cargo registry into a folder that ingest and analyze take as it is.",
                "Each archive is checked against the index's SHA-256 and written as DIR/<name>-<version>.crate; "
                        + "archives already there with the right checksum are not downloaded again."})
final class FetchCommand extends EaselCommand {

    @Option(names = "--index", paramLabel = "URL|DIR", defaultValue = "sparse+https://index.crates.io/",
            description = "A sparse index (sparse+https://… or sparse+http://…), or a local clone of a git index "
                    + "(a checkout or a bare repository) (default ${DEFAULT-VALUE}).")
    String index;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Where the archives go.")
    Path out;

    @Option(names = "--crates", split = ",", paramLabel = "NAME[@VERSION]",
            description = "Crates to fetch (comma-separated); without a version, the latest release.")
    List<String> crates = List.of();

    @Option(names = "--from-file", paramLabel = "LIST",
            description = "A file with one NAME or NAME@VERSION per line ('#' starts a comment).")
    Path fromFile;

    @Option(names = "--top", paramLabel = "N",
            description = "The N most downloaded crates of the graph (import the crates.io db-dump first: easel index "
                    + "import --db-dump …), their latest release each.")
    Integer top;

    @Option(names = "--top-by", defaultValue = "downloads", paramLabel = "COUNT",
            description = "What --top ranks by: downloads (all time) or recent_downloads (default ${DEFAULT-VALUE}).")
    String topBy;

    @Mixin
    DatabaseOptions db;

    @Option(names = "--all-versions", description = "Every version of a crate given without a version.")
    boolean allVersions;

    @Option(names = "--include-yanked", description = "Yanked versions count too.")
    boolean includeYanked;

    @Option(names = {"-j", "--jobs"}, defaultValue = "" + FetchOptions.DEFAULT_JOBS, paramLabel = "N",
            description = "Downloads in parallel (default ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--rate", defaultValue = "" + FetchOptions.DEFAULT_RATE, paramLabel = "N",
            description = "At most N requests per second to one host (default ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--retries", defaultValue = "" + FetchOptions.DEFAULT_RETRIES, paramLabel = "N",
            description = "Further attempts after 5xx, 429, timeouts and broken connections, with exponential "
                    + "backoff and Retry-After honoured (default ${DEFAULT-VALUE}); never after 404.")
    int retries;

    @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION", converter = Converters.DurationConverter.class,
            description = "Longest wait for an answer or for the next bytes, e.g. 30s, 2m (default ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--offline",
            description = "Touch no network: only archives already in DIR (and valid) count; the others are reported.")
    boolean offline;

    private final List<CrateRequest> requests = new ArrayList<>();

    @Override
    protected void validate() {
        for (String c : crates) {
            try {
                requests.add(CrateRequest.parse(c));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--crates: " + e.getMessage());
            }
        }
        if (top != null && top < 1) {
            throw new UsageException("--top must be at least 1");
        }
        if (!topBy.equals("downloads") && !topBy.equals("recent_downloads")) {
            throw new UsageException("--top-by must be downloads or recent_downloads, not '" + topBy + "'");
        }
        if (fromFile != null) {
            requireFiles(List.of(fromFile));
        } else if (requests.isEmpty() && top == null) {
            throw new UsageException("nothing to fetch: give --crates, --from-file or --top");
        }
    }

    @Override
    protected ExitCode execute() throws IOException {
        PrintWriter err = err();
        List<Problem> badLines = List.of();
        if (fromFile != null) {
            CrateList.Parsed list = CrateList.read(fromFile);
            badLines = list.problems();
            badLines.forEach(p -> err.println("easel: " + p));
            requests.addAll(list.requests());
        }
        if (top != null) {
            requests.addAll(mostDownloaded());
        }
        if (requests.isEmpty() && badLines.isEmpty()) {
            throw new UsageException("nothing to fetch: give --crates, --from-file or --top");
        }
        FetchReport report;
        try (ProgressListener listener = new ProgressListener(err)) {
            report = CrateFetcher.fetch(options(), requests, listener);
        } catch (FetchException e) {
            err.println("easel: " + e.getMessage());
            return ExitCode.SOME_FAILED;
        }
        err.println("easel: " + report.summary() + " in " + out);
        return okUnless(report.anyFailed() || !badLines.isEmpty());
    }

    /** The --top crates by the canned query top-crates-by-downloads over the graph's imported download counts. */
    private List<CrateRequest> mostDownloaded() {
        QueryResult result;
        try (GraphStore store = GraphStore.open(db.settings()); Session session = store.session()) {
            result = QueryRunner.run(session, QueryCatalog.load().get("top-crates-by-downloads"),
                    Map.of("by", topBy), top);
        }
        if (result.size() == 0) {
            throw new UsageException("the graph has no " + topBy.replace('_', ' ') + ": import the crates.io db-dump "
                    + "first (easel index import --db-dump …)");
        }
        List<CrateRequest> out = new ArrayList<>();
        for (int i = 0; i < result.size(); i++) {
            out.add(new CrateRequest((String) result.get(i, "crate"), null));
        }
        err().println("easel: the " + out.size() + " crates with the most " + topBy.replace('_', ' ') + " in "
                + db.settings());
        return out;
    }

    private FetchOptions options() {
        try {
            return FetchOptions.defaults(IndexLocation.parse(index), out)
                    .withVersions(allVersions, includeYanked)
                    .withTransfers(jobs, rate, retries, timeout, FetchOptions.DEFAULT_RETRY_BASE)
                    .withOffline(offline);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** Shows the library's events: the progress bar (or lines) once the plan is known, retries with --verbose. */
    private final class ProgressListener implements FetchListener, AutoCloseable {
        private final PrintWriter err;
        private volatile Progress progress;

        ProgressListener(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void planned(int outcomes) {
            progress = Progress.create(common, err, "archives", outcomes);
        }

        @Override
        public void started(String id) {
            progress.started(id);
        }

        @Override
        public void finished(ArchiveOutcome o) {
            progress.finished(o.id(), o.status() == ArchiveOutcome.Status.FAILED ? Progress.Status.FAILED
                    : Progress.Status.SUCCEEDED, switch (o.status()) {
                case FETCHED -> "ok, fetched " + size(o.bytes());
                case PRESENT -> "ok, already present";
                case FAILED -> "failed: " + o.reason().label() + " — " + o.detail();
            });
        }

        @Override
        public void retrying(String url, int retry, Duration delay, String why) {
            if (common.verbose) {
                err.println("easel: retry " + retry + " of " + url + " in " + delay.toMillis() + " ms: " + why);
            }
        }

        @Override
        public void problem(Problem p) {
            err.println("easel: " + p);
        }

        @Override
        public void close() {
            if (progress != null) {
                progress.close();
            }
        }

        private static String size(long bytes) {
            return bytes < 1024 ? bytes + " B" : bytes < 1 << 20 ? String.format("%.1f KiB", bytes / 1024.0)
                    : String.format("%.1f MiB", bytes / (double) (1 << 20));
        }
    }
}
