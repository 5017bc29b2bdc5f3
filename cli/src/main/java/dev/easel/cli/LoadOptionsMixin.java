package dev.easel.cli;

import dev.easel.graph.callgraph.Detail;
import dev.easel.graph.load.LoadOptions;
import picocli.CommandLine.Option;

/** How much of each call graph goes into the database, and how it is written. */
public final class LoadOptionsMixin {

    @Option(names = "--detail", defaultValue = "boundary", paramLabel = "LEVEL",
            description = "Call-graph detail, ${COMPLETION-CANDIDATES}: crate (aggregates only), boundary (functions "
                    + "on paths to FFI, unsafe or other crates), full (default ${DEFAULT-VALUE}).")
    Detail detail;

    @Option(names = "--batch-size", defaultValue = "10000", description = "Rows per UNWIND transaction (default ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--load-threads", defaultValue = "4",
            description = "Concurrent transactions in the relationship phase (default ${DEFAULT-VALUE}).")
    int threads;

    LoadOptions loadOptions() {
        if (batchSize < 1 || threads < 1) {
            throw new UsageException("--batch-size and --load-threads must be at least 1");
        }
        return LoadOptions.defaults().withDetail(detail).withBatchSize(batchSize).withThreads(threads);
    }
}
