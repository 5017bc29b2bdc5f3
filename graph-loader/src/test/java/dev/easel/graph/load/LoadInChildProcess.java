package dev.easel.graph.load;

import dev.easel.graph.callgraph.Detail;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;

import java.nio.file.Path;

/** Runs a load in its own JVM so a test can kill it midway: args are the data folder and the JSON-lines file. */
public final class LoadInChildProcess {

    static final LoadOptions OPTIONS = LoadOptions.defaults().withDetail(Detail.FULL).withWindowRows(3_000);

    private LoadInChildProcess() {
    }

    public static void main(String[] args) throws Exception {
        try (GraphStore store = GraphStore.open(new ConnectionSettings(null, null, null, null, Path.of(args[0]), 0))) {
            System.out.println("started");
            System.out.flush();
            new AnalysisLoader(store, OPTIONS, (loaded, failed) -> {
                System.out.println("loaded " + loaded);
                System.out.flush();
            }).loadFile(Path.of(args[1]));
            System.out.println("done");
        }
    }
}
