package dev.easel.cli;

import dev.easel.graph.dataset.Dataset;
import dev.easel.graph.dataset.DatasetException;
import dev.easel.graph.dataset.DatasetFile;
import dev.easel.graph.dataset.DatasetManifest;
import dev.easel.graph.db.ConnectionSettings;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code easel load --bulk DIR} of a dataset ({@code easel export}): checked against its manifest before anything is
 * written, then its lines streamed into import files and imported like any bulk load ({@link BulkLoad}).
 */
final class BulkDataset {

    private BulkDataset() {
    }

    static ExitCode load(Path dir, ConnectionSettings settings, BulkOptions bulk, PrintWriter out, PrintWriter err) {
        try {
            Dataset dataset = Dataset.open(dir);
            DatasetManifest m = dataset.manifest();
            err.printf(Locale.ROOT, "easel: dataset %s (easel %s, %s): %,d nodes and %,d relationships, checksums"
                            + " verified%n", dir, m.easelVersion(), m.createdAt(), rows(m, DatasetFile.Kind.NODES),
                    rows(m, DatasetFile.Kind.RELATIONSHIPS));
            return BulkLoad.run(settings, bulk, out, err, dataset::writeImportFiles);
        } catch (DatasetException e) {
            err.println("easel: " + e.getMessage() + " (nothing was loaded; the database is as it was)");
            return ExitCode.USAGE;
        }
    }

    private static long rows(DatasetManifest m, DatasetFile.Kind kind) {
        return m.files().stream().filter(f -> f.kind() == kind).mapToLong(DatasetFile::rows).sum();
    }
}
