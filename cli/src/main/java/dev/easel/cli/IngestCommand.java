package dev.easel.cli;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code easel ingest}: analyse crates and load them into the graph as they finish, then print the summary. */
@Command(name = "ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse crates and load them into Neo4j as each finishes; then print the \"Where's my C?\" summary.",
                "PATH: a crate folder, a folder of crates (name-version/), .crate archives or a folder of them, "
                        + "a cargo registry or vendor folder, or a workspace."})
final class IngestCommand implements Callable<Integer> {

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

    @Mixin
    DatabaseOptions db;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore store = GraphStore.open(db.settings())) {
            AnalysisLoader loader = new AnalysisLoader(store, load.loadOptions());
            recover(loader, err);
            CrateRun.Outcome outcome;
            List<LoadReport> reports;
            try (StreamingLoad streaming = new StreamingLoad(loader)) {
                outcome = CrateRun.run(paths, analysis, common, err, out, streaming::add);
                reports = streaming.finish();
            }
            long loaded = reports.stream().mapToLong(LoadReport::versionsLoaded).sum();
            List<LoadReport.Failure> notLoaded = reports.stream().flatMap(r -> r.failed().stream()).toList();
            err.printf("easel: %d crates analysed (%d failed, %d from cache), %d versions loaded into %s%n",
                    outcome.crates(), outcome.failed(), outcome.fromCache(), loaded, db.settings());
            notLoaded.forEach(f -> err.println("easel: not loaded: " + f));
            if (summary) {
                SummaryTable.print(store, spec.commandLine().getOut());
            }
            return outcome.anyFailed() || !notLoaded.isEmpty() ? ExitCode.SOME_FAILED.code() : ExitCode.OK.code();
        }
    }

    static void recover(AnalysisLoader loader, PrintWriter err) {
        List<String> rolledBack = loader.recoverInterrupted();
        if (!rolledBack.isEmpty()) {
            err.println("easel: rolled back " + rolledBack.size()
                    + " versions an interrupted load had left half-loaded; load their analyses again to complete them");
        }
    }

    /** Loads analyses on one thread as they arrive, in batches of whatever has queued up meanwhile. */
    static final class StreamingLoad implements AutoCloseable {
        private static final CrateAnalysis END = CrateAnalysis.builder("", "").build();
        private final java.util.concurrent.BlockingQueue<CrateAnalysis> queue =
                new java.util.concurrent.LinkedBlockingQueue<>(1000);
        private final List<LoadReport> reports = new ArrayList<>();
        private final Thread thread;
        private volatile RuntimeException failure;

        StreamingLoad(AnalysisLoader loader) {
            thread = new Thread(() -> {
                try {
                    List<CrateAnalysis> batch = new ArrayList<>();
                    while (true) {
                        CrateAnalysis first = queue.take();
                        if (first == END) {
                            return;
                        }
                        batch.add(first);
                        queue.drainTo(batch, 500);
                        boolean end = batch.remove(END);
                        reports.add(loader.load(batch));
                        batch.clear();
                        if (end) {
                            return;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    failure = e;
                }
            }, "easel-loader");
            thread.setDaemon(true);
            thread.start();
        }

        void add(CrateAnalysis analysis) {
            if (failure != null) {
                throw failure;
            }
            try {
                queue.put(analysis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        /** Waits for the queue to drain; the reports of every batch loaded. */
        List<LoadReport> finish() {
            close();
            if (failure != null) {
                throw failure;
            }
            return reports;
        }

        @Override
        public void close() {
            if (!thread.isAlive()) {
                return;
            }
            try {
                queue.put(END);
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
