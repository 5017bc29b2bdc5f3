package dev.easel.cli;

import dev.easel.graph.db.GraphStore;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadOptions;
import picocli.CommandLine.Mixin;

import java.util.List;

/** A command that works on the graph: opens the store from the connection options, runs, and closes it. */
abstract class DatabaseCommand extends EaselCommand {

    @Mixin
    DatabaseOptions db;

    /** Opens the store and runs {@link #execute(GraphStore)}; a command that writes the store's files overrides it. */
    @Override
    protected ExitCode execute() throws Exception {
        try (GraphStore store = GraphStore.open(db.settings())) {
            return execute(store);
        }
    }

    protected abstract ExitCode execute(GraphStore store) throws Exception;

    /** A loader on {@code store}, after rolling back what an interrupted load left half-loaded (said on stderr). */
    protected AnalysisLoader loader(GraphStore store, LoadOptions options) {
        AnalysisLoader loader = new AnalysisLoader(store, options);
        List<String> rolledBack = loader.recoverInterrupted();
        if (!rolledBack.isEmpty()) {
            err().println("easel: rolled back " + rolledBack.size()
                    + " versions an interrupted load had left half-loaded; load their analyses again to complete them");
        }
        return loader;
    }
}
