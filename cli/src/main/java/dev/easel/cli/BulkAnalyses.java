package dev.easel.cli;

import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.export.CsvExporter;
import dev.easel.graph.export.ExportReport;
import dev.easel.graph.load.LoadOptions;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/** {@code easel load --bulk FILE.jsonl…}: the analyses streamed into compressed import files, then imported. */
final class BulkAnalyses {

    private BulkAnalyses() {
    }

    static ExitCode load(List<Path> files, LoadOptions options, ConnectionSettings settings, BulkOptions bulk,
                         PrintWriter out, PrintWriter err) throws IOException {
        List<String> bad = new ArrayList<>();
        List<Stream<CrateAnalysis>> streams = new ArrayList<>();
        AtomicReference<ExportReport> written = new AtomicReference<>();
        try {
            OneToolchain toolchain = new OneToolchain();
            for (Path f : files) {
                streams.add(AnalysisJson.stream(f, b -> bad.add(b.toString())).peek(a -> toolchain.check(f, a)));
            }
            ExitCode code = BulkLoad.run(settings, bulk, out, err, dir -> {
                written.set(new CsvExporter(options).compressed().writeFiles(streams.stream().flatMap(s -> s), dir));
                return written.get().files();
            });
            bad.forEach(b -> err.println("easel: skipped unreadable line " + b));
            ExportReport report = written.get();
            if (report != null) {
                report.skipped().forEach(s -> err.println("easel: not loaded: " + s));
                err.printf("easel: %d versions from %d files%n", report.versions(), files.size());
            }
            boolean anyFailed = !bad.isEmpty() || (report != null && !report.skipped().isEmpty());
            return code == ExitCode.OK && anyFailed ? ExitCode.SOME_FAILED : code;
        } catch (OneToolchain.MixedException e) {
            err.println("easel: " + e.getMessage() + "; nothing was loaded, the database is as it was");
            return ExitCode.USAGE;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            streams.forEach(Stream::close);
        }
    }
}
