package dev.easel.cli;

import dev.easel.analyzer.index.AsyncIndexSink;
import dev.easel.analyzer.index.DbDumpReader;
import dev.easel.analyzer.index.DownloadWindow;
import dev.easel.analyzer.index.RecentDownloads;
import dev.easel.analyzer.index.RegistryIndexReader;
import dev.easel.analyzer.index.VersionDownloadsArchive;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.export.IndexCsvWriter;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code easel index import --bulk}: the crates.io dump or index read on one thread, written as compressed import
 * files on another ({@link AsyncIndexSink}), then imported.
 */
final class BulkIndex {

    /** What index import reads: a dump or an index checkout (one of them), and the dump's download archive. */
    record Input(Path dump, Path index, Path versionDownloads, DownloadWindow window) {
    }

    private BulkIndex() {
    }

    static ExitCode load(Input input, ConnectionSettings settings, BulkOptions bulk, PrintWriter out, PrintWriter err)
            throws IOException {
        AtomicReference<IndexCsvWriter.Report> written = new AtomicReference<>();
        List<String> notices = new ArrayList<>();
        try {
            ExitCode code = BulkLoad.run(settings, bulk, out, err, dir -> {
                IndexCsvWriter writer = new IndexCsvWriter(dir, true);
                written.set(writeFiles(input, writer, notices));
                return written.get().files();
            });
            notices.forEach(n -> err.println("easel: note: " + n));
            IndexCsvWriter.Report r = written.get();
            if (r == null) {
                return code;
            }
            r.problems().forEach(p -> err.println("easel: " + p));
            err.printf(Locale.ROOT, "easel: %d crates, %d versions, %d dependencies (%d latest), %d owners, %d crate "
                            + "download counts; %d input rows dropped%n", r.crates(), r.versions(), r.dependencies(),
                    r.latest(), r.owners(), r.crateDownloads(), r.dropped());
            return code == ExitCode.OK && r.problemCount() > 0 ? ExitCode.SOME_FAILED : code;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static IndexCsvWriter.Report writeFiles(Input input, IndexCsvWriter writer, List<String> notices) {
        AsyncIndexSink sink = new AsyncIndexSink(writer);
        try {
            if (input.dump() != null) {
                RecentDownloads recent = input.versionDownloads() == null ? null
                        : VersionDownloadsArchive.read(input.versionDownloads(), input.window(), sink::problem);
                notices.addAll(DbDumpReader.read(input.dump(), sink, Path.of(System.getProperty("java.io.tmpdir")),
                        recent).notices());
            } else {
                RegistryIndexReader.read(input.index(), sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sink.finish();
        }
        return writer.finish();
    }
}
