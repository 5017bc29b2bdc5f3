package dev.easel.bench.bulk;

import dev.easel.analyzer.files.FileTrees;
import dev.easel.bench.HeapPeak;
import dev.easel.graph.bulk.BulkImport;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.export.CsvExporter;
import dev.easel.graph.export.ExportReport;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.load.LoadReport;
import dev.easel.graph.testdata.SyntheticAnalyses;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;

/**
 * The same synthetic analyses loaded both ways in one run, each into a fresh data folder: through transactions
 * ({@link AnalysisLoader}, as {@code easel load}) and through Neo4j's importer ({@link BulkImport}, as
 * {@code easel load --bulk}: files written, imported, swapped in, constraints and indexes built). Each rate is
 * relationships over the whole wall time of its way, server start of the transactional load excluded (the bulk way's
 * includes the one start that builds the schema).
 */
public final class BulkBenchmark {

    /**
     * @param relationships       relationships in each graph (the same both ways)
     * @param transactionalPerSec relationships/s through transactions
     * @param bulkPerSec          relationships/s through the importer, whole command
     * @param importerPerSec      relationships/s of the importer's own run
     * @param bulkPeakHeap        peak heap of the bulk way (files written and imported in this JVM)
     */
    public record Result(long relationships, double transactionalPerSec, double bulkPerSec, double importerPerSec,
                         long bulkPeakHeap) {
        public double ratio() {
            return bulkPerSec / transactionalPerSec;
        }
    }

    private BulkBenchmark() {
    }

    public static Result run(int crates, int functionsPerCrate, PrintStream out) {
        LoadOptions options = LoadOptions.defaults().withDetail(dev.easel.graph.callgraph.Detail.FULL);
        out.printf("bulk benchmark: %d crates x %d functions, detail FULL, both ways on the same input%n", crates,
                functionsPerCrate);
        Path tmp;
        try {
            tmp = Files.createTempDirectory("easel-bulk-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            LoadReport tx;
            try (GraphStore store = GraphStore.open(ConnectionSettings.forDataDir(tmp.resolve("tx")))) {
                tx = AnalysisLoader.load(store, new SyntheticAnalyses(crates, functionsPerCrate, 42), options);
            }
            out.printf("  transactional: %,d nodes, %,d relationships in %,d ms = %,.0f relationships/s%n",
                    tx.nodesTotal(), tx.relationshipsTotal(), tx.elapsed().toMillis(), tx.relationshipsPerSecond());

            HeapPeak.reset();
            long t0 = System.nanoTime();
            BulkImport.Result bulk;
            long written;
            try (BulkImport importer = BulkImport.prepare(tmp.resolve("bulk"), BulkImport.Options.defaults())) {
                ExportReport files = new CsvExporter(options).compressed().writeFiles(StreamSupport.stream(
                        new SyntheticAnalyses(crates, functionsPerCrate, 42).spliterator(), false), importer.filesDir());
                written = System.nanoTime();
                bulk = importer.importFiles(files.files());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long peak = HeapPeak.bytes();
            Result r = new Result(bulk.relationships(), tx.relationshipsPerSecond(), bulk.relationships() / seconds,
                    bulk.relationships() / (bulk.importer().toNanos() / 1e9), peak);
            out.printf("  bulk: %,d nodes, %,d relationships in %,d ms (files %,d ms, importer %,d ms, swap, start and"
                            + " schema %,d ms) = %,.0f relationships/s (importer alone %,.0f/s), peak heap %,d MB%n",
                    bulk.nodes(), bulk.relationships(), Math.round(seconds * 1000), (written - t0) / 1_000_000,
                    bulk.importer().toMillis(), bulk.swapAndSchema().toMillis(), r.bulkPerSec(), r.importerPerSec(),
                    peak >> 20);
            if (bulk.relationships() != tx.relationshipsTotal()) {
                out.printf("  NOTE: the graphs differ in relationships: %,d transactional, %,d bulk%n",
                        tx.relationshipsTotal(), bulk.relationships());
            }
            out.printf("  bulk / transactional: %.1fx%n", r.ratio());
            return r;
        } finally {
            FileTrees.deleteQuietly(tmp);
        }
    }

}
