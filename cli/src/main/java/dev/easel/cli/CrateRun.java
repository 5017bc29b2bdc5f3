package dev.easel.cli;

import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.intake.CrateIntake;
import dev.easel.analyzer.intake.IntakeResult;
import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.pipeline.AnalysisOptions;
import dev.easel.analyzer.pipeline.AnalysisRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Intake, then the analysis of every crate with progress, each finished analysis appended to the JSON-lines file
 * (flushed per line, so an interrupted run keeps what it did) and handed to {@code each}.
 */
final class CrateRun {

    /** What happened, for the exit code and the closing line. */
    record Outcome(int crates, int failed, int fromCache, int intakeProblems) {
        boolean anyFailed() {
            return failed > 0 || intakeProblems > 0;
        }
    }

    private CrateRun() {
    }

    static Outcome run(List<Path> paths, AnalysisOptionsMixin options, CommonOptions common, PrintWriter err,
                       Path out, Consumer<CrateAnalysis> each) {
        options.validate();
        if (out != null) {
            try {
                Files.createDirectories(out.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new UsageException("cannot create the folder of " + out + ": " + e.getMessage());
            }
        }
        IntakeResult intake = CrateIntake.collect(paths, options.intakeOptions());
        for (Problem p : intake.problems()) {
            err.println("easel: " + p);
        }
        AnalysisOptions analysis = options.analysisOptions(options.registryDir(intake));
        if (options.registryDir == null && analysis.build().registryDir() != null && !analysis.sourceOnly()) {
            err.println("easel: building offline from the directory registry " + analysis.build().registryDir()
                    + " the crates come from (--registry-dir chooses another)");
        }
        err.flush();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger cached = new AtomicInteger();
        try (AnalysisRun run = new AnalysisRun(analysis);
             Writer writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            List<CrateInput> selected = run.select(intake.crates());
            try (Progress progress = Progress.create(common, err, analysis.sourceOnly() ? "scanned" : "analysed",
                    selected.size())) {
                run.run(selected, new AnalysisRun.Listener() {
                    @Override
                    public void started(CrateInput input) {
                        progress.started(input.id());
                    }

                    @Override
                    public void finished(CrateInput input, CrateAnalysis a, boolean fromCache) {
                        if (fromCache) {
                            cached.incrementAndGet();
                        }
                        boolean bad = a.build().status() == BuildOutcome.Status.FAILED
                                || a.build().status() == BuildOutcome.Status.TIMED_OUT;
                        if (bad) {
                            failed.incrementAndGet();
                        }
                        write(writer, a);
                        each.accept(a);
                        progress.finished(input.id(), bad ? Progress.Status.FAILED : Progress.Status.SUCCEEDED,
                                describe(a, fromCache));
                    }
                });
            }
            return new Outcome(selected.size(), failed.get(), cached.get(), intake.problems().size());
        } catch (IOException e) {
            throw new UsageException("cannot write " + out + ": " + e.getMessage());
        }
    }

    private static synchronized void write(Writer writer, CrateAnalysis a) {
        if (writer == null) {
            return;
        }
        try {
            AnalysisJson.append(writer, a);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(CrateAnalysis a, boolean fromCache) {
        BuildOutcome b = a.build();
        String cache = fromCache ? " (cached)" : "";
        return switch (b.status()) {
            case OK -> "ok, " + a.functions().size() + " functions, "
                    + a.foreignCalls().stream().mapToInt(ForeignCall::count).sum() + " FFI call sites" + cache;
            case SKIPPED -> "ok, source only" + cache;
            case TIMED_OUT -> "timed out" + cache;
            case FAILED -> "failed: " + (b.failure() == null ? "" : b.failure().name().toLowerCase().replace('_', ' '))
                    + (b.message() == null ? "" : " — " + firstLine(b.message())) + cache;
        };
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
