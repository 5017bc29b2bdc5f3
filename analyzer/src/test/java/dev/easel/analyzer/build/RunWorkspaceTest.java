package dev.easel.analyzer.build;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The run's registry crates resolved together: rand asks rand_core for more features than rand_core's defaults, so
 * built alone the two need two rand_core units; from the run's shared workspace a worker compiles one.
 */
@Tag("cargo")
class RunWorkspaceTest {

    @TempDir
    Path tmp;

    @Test
    void oneUnitPerCrateAndWorkerWhenFeaturesAreUnified() throws IOException {
        Path randCore = Fixtures.DEBIAN_REGISTRY.resolve("rand_core-0.6.3");
        Path rand = Fixtures.DEBIAN_REGISTRY.resolve("rand-0.8.5");
        assumeTrue(Files.isDirectory(randCore) && Files.isDirectory(rand), "librust-rand-dev 0.8.5 is not installed");
        assertEquals(1, rlibs(build(List.of(randCore, rand), true), "rand_core"),
                "rand_core compiled once: as a root, then reused by rand");
        assertEquals(2, rlibs(build(List.of(randCore, rand), false), "rand_core"),
                "alone: rand_core with its defaults as a root, and with rand's features as rand's dependency");
    }

    private Path build(List<Path> crates, boolean unify) {
        BuildOptions options = BuildOptions.builder().registryDir(Fixtures.DEBIAN_REGISTRY).unifyFeatures(unify)
                .jobs(1).build();
        Path work = tmp.resolve(unify ? "unified" : "alone");
        List<BuildResult> results = new ArrayList<>();
        try (BuildPool pool = new BuildPool(options, work)) {
            pool.buildAll(crates, results::add);
            for (BuildResult r : results) {
                assertTrue(r.ok(), r.outcome().toString());
                assertTrue(r.outcome().message().contains("in the run's shared workspace") == unify,
                        r.outcome().message());
            }
            return pool.targetDirs().get(0);
        }
    }

    private static long rlibs(Path target, String crate) throws IOException {
        try (Stream<Path> s = Files.walk(target.resolve("debug").resolve("deps"))) {
            return s.filter(p -> p.getFileName().toString().matches("lib" + crate + "-[0-9a-f]+\\.rlib")).count();
        }
    }
}
