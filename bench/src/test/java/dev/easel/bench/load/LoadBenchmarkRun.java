package dev.easel.bench.load;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark at full size: {@code mvn -Pbench -pl graph-loader -am verify -Dtest=LoadBenchmarkRun}. */
@Tag("bench")
class LoadBenchmarkRun {

    @Test
    void fullSize() {
        LoadBenchmark.Result r = LoadBenchmark.run(Integer.getInteger("easel.bench.crates", 20),
                Integer.getInteger("easel.bench.functions", 2_000), System.out);
        assertTrue(r.relationships() > 0);
    }
}
