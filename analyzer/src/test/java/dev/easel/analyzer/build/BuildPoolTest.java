package dev.easel.analyzer.build;

import dev.easel.analyzer.build.sandbox.SandboxMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("cargo")
class BuildPoolTest {

    @TempDir
    Path tmp;

    @Test
    void oneWorkerReusesItsTargetFolderAndDeletesWhatItRead() throws Exception {
        BuildOptions o = BuildOptions.builder().sandbox(SandboxMode.NONE).jobs(1).build();
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Path> irFiles = new ConcurrentLinkedQueue<>();
        try (BuildPool pool = new BuildPool(o, tmp.resolve("work"))) {
            pool.buildAll(List.of(Fixtures.crate("uses-base"), Fixtures.crate("unsafe-zoo"), Fixtures.crate("broken")), r -> {
                seen.add(r.name() + ":" + (r.ok() ? "ok" : r.outcome().failure()));
                if (r.ok()) {
                    assertTrue(Files.isRegularFile(r.llFile()), "the .ll exists while the reader runs");
                    irFiles.add(r.llFile());
                    irFiles.add(r.mirFile());
                }
            });
            assertEquals(List.of("uses-base:ok", "unsafe-zoo:ok", "broken:COMPILE_ERROR"), List.copyOf(seen));
            Path target = pool.targetDirs().get(0);
            for (Path p : irFiles) {
                assertTrue(p.startsWith(target), p + " in the worker's target folder");
                assertFalse(Files.exists(p), p + " deleted after reading");
            }
            // the dependency's outputs stay for the next crate
            assertTrue(Files.exists(target.resolve("debug/deps")));
            try (var s = Files.list(target.resolve("debug/deps"))) {
                assertTrue(s.anyMatch(p -> p.getFileName().toString().startsWith("libbase_lib-")));
            }
        }
    }

    @Test
    void keepArtifactsKeepsThem() throws Exception {
        BuildOptions o = BuildOptions.builder().sandbox(SandboxMode.NONE).keepArtifacts(true).build();
        try (BuildPool pool = new BuildPool(o, tmp.resolve("work"))) {
            Path ll = pool.submit(Fixtures.crate("unsafe-zoo"), BuildResult::llFile).get();
            assertTrue(Files.isRegularFile(ll));
        }
    }
}
