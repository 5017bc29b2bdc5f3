package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.intake.CrateIntake;
import dev.easel.analyzer.intake.IntakeOptions;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CrateAnalysis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysis cache serves only what the crate's sources decide: a failure caused by the build machine is analysed
 * again once the machine changed, and a cached analysis names the folder given in this run.
 */
@Tag("cargo")
class CacheHonestyTest {

    static final Path BUILD_ENV = Path.of("..", "testdata", "build-env").toAbsolutePath().normalize();
    static final Path CRATES = Path.of("..", "testdata", "crates").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    private record Outcome(CrateAnalysis analysis, boolean fromCache) {
    }

    @Test
    void aMissingNativeLibraryIsNotServedFromTheCacheOnceItIsThere() throws IOException {
        // not under /tmp: the build sandbox has a private /tmp, and pkg-config runs inside it
        Path pcDir = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "pkgconfig");
        Map<String, String> env = Map.of("PKG_CONFIG_PATH", pcDir.toString());
        Outcome first = analyse(BUILD_ENV.resolve("needs-pkg-config"), env);
        assertFalse(first.fromCache());
        assertEquals(BuildOutcome.FailureClass.MISSING_NATIVE_LIBRARY, first.analysis().build().failure(),
                first.analysis().build().toString());
        assertEquals(List.of("easel-fixture"), first.analysis().build().missingLibraries());

        // the library appears: the cache must not answer with the old failure
        Files.writeString(pcDir.resolve("easel-fixture.pc"), """
                prefix=/nonexistent
                libdir=${prefix}/lib
                Name: easel-fixture
                Description: a library made available between two runs
                Version: 1.0
                Libs: -L${libdir} -leasel_fixture
                """);
        Outcome second = analyse(BUILD_ENV.resolve("needs-pkg-config"), env);
        assertFalse(second.fromCache(), "a failure caused by the machine is analysed again");
        assertTrue(second.analysis().build().ok(), second.analysis().build().toString());

        Outcome third = analyse(BUILD_ENV.resolve("needs-pkg-config"), env);
        assertTrue(third.fromCache(), "a success is cached");
    }

    @Test
    void aCachedAnalysisNamesTheFolderOfThisRun() throws IOException {
        Path a = copy(CRATES.resolve("unsafe-zoo"), tmp.resolve("a/unsafe-zoo"));
        Path b = copy(CRATES.resolve("unsafe-zoo"), tmp.resolve("b/unsafe-zoo"));
        Outcome first = analyse(a, Map.of());
        Outcome second = analyse(b, Map.of());
        assertFalse(first.fromCache());
        assertTrue(second.fromCache(), "same sources, same key");
        assertEquals(first.analysis().source().checksum(), second.analysis().source().checksum());
        assertEquals(b.toString(), second.analysis().source().path());
        assertEquals(a.toString(), first.analysis().source().path());
    }

    private Outcome analyse(Path crate, Map<String, String> env) {
        List<CrateInput> inputs = CrateIntake.collect(List.of(crate), IntakeOptions.all(tmp.resolve("intake"))).crates();
        assertEquals(1, inputs.size());
        BuildOptions.Builder build = BuildOptions.builder();
        env.forEach(build::env);
        AnalysisOptions options = new AnalysisOptions(false, false, build.build(),
                tmp.resolve("build"), tmp.resolve("cache"), false, Shard.ALL);
        List<Outcome> out = new ArrayList<>();
        try (AnalysisRun run = new AnalysisRun(options)) {
            run.run(inputs, (input, analysis, fromCache) -> out.add(new Outcome(analysis, fromCache)));
        }
        assertEquals(1, out.size());
        return out.get(0);
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
