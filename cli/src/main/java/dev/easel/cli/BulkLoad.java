package dev.easel.cli;

import dev.easel.graph.bulk.BulkImport;
import dev.easel.graph.bulk.BulkImportException;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.export.ImportCommandFile;
import dev.easel.graph.export.ImportFiles;
import dev.easel.graph.export.ImportSettings;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The one way every {@code --bulk} command loads: embedded, the files written into the data folder's work area and
 * imported in-process ({@link BulkImport}); remote, the files written to a folder and the server's import command
 * printed, since only the server's own {@code neo4j-admin} can write its store.
 */
final class BulkLoad {

    private BulkLoad() {
    }

    /**
     * Runs {@code write} (which writes the import files into the folder it is given) and imports what it wrote.
     *
     * @return OK, USAGE when refused (a graph there without --replace, the folder served), SOME_FAILED when the
     *         importer failed (the old database intact)
     */
    static ExitCode run(ConnectionSettings settings, BulkOptions options, PrintWriter out, PrintWriter err,
                        Function<Path, ImportFiles> write) {
        if (!settings.embedded()) {
            return remote(settings, options, out, err, write);
        }
        long started = System.nanoTime();
        try (BulkImport bulk = BulkImport.prepare(settings.dataDir(), options.importOptions())) {
            ImportFiles files = write.apply(bulk.filesDir());
            long written = System.nanoTime();
            BulkImport.Result r = bulk.importFiles(files);
            double total = (System.nanoTime() - started) / 1e9;
            err.printf(Locale.ROOT, "easel: bulk import into %s: %,d nodes, %,d relationships%s in %.1f s (files %.1f s,"
                            + " importer %.1f s, constraints and indexes %.1f s; %,.0f relationships/s)%n",
                    settings.dataDir(), r.nodes(), r.relationships(), r.replaced() ? ", the old graph replaced" : "",
                    total, (written - started) / 1e9, r.importer().toMillis() / 1e3,
                    r.swapAndSchema().toMillis() / 1e3, r.relationships() / Math.max(total, 1e-3));
            if (r.skipped().skipped() > 0) {
                err.printf("easel: the importer skipped %d rows, e.g. %s%n", r.skipped().skipped(),
                        r.skipped().examples());
            }
            return ExitCode.OK;
        } catch (BulkImportException e) {
            err.println("easel: " + e.getMessage());
            return e.reason() == BulkImportException.Reason.FAILED ? ExitCode.SOME_FAILED : ExitCode.USAGE;
        }
    }

    private static ExitCode remote(ConnectionSettings settings, BulkOptions options, PrintWriter out, PrintWriter err,
                                   Function<Path, ImportFiles> write) {
        Path dir = options.remoteDir().toAbsolutePath();
        ImportFiles files = write.apply(dir);
        List<String> args = files.arguments(ImportSettings.forServer(settings.database(), options.replace,
                dir.resolve("import.report")));
        Path command = ImportCommandFile.write(dir, args);
        err.printf(Locale.ROOT, "easel: %s is a remote server, whose store only its own neo4j-admin writes: %,d node and"
                        + " %,d relationship rows written to %s; copy them to the server, stop the database there and"
                        + " run the command below (also in %s); easel creates its constraints and indexes on the next"
                        + " command that connects%n", settings.uri(), files.nodeRows(), files.relationshipRows(), dir,
                command);
        out.print(ImportCommandFile.text(args));
        return ExitCode.OK;
    }
}
