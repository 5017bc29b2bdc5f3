package dev.easel.analyzer.extract;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.build.BuildResult;
import dev.easel.analyzer.build.CrateBuilder;
import dev.easel.analyzer.ir.FixtureBuild;
import dev.easel.analyzer.ir.IrModule;
import dev.easel.analyzer.mir.MirModule;
import dev.easel.analyzer.mir.MirReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The IR and MIR readers read everything rustc writes for real crates: not one line skipped, not one problem. The
 * crates are the fixture crates every test builds and Debian packages whose IR or MIR once tripped a reader
 * (clap_derive and glob print {@code const '['}, {@code const '"'} and {@code const '<'} in MIR). flate2 and regex
 * are checked the same way in {@link DebianCratesExtractionTest}.
 */
class RealCratesReaderTest {
    private static final Path DEBIAN = Path.of("/usr/share/cargo/registry");

    @TempDir
    static Path work;

    @ParameterizedTest
    @ValueSource(strings = {"graph-calls", "ffi-libm", "exports-c", "unsafe-zoo", "base-lib", "uses-base"})
    void fixtureCratesReadWithoutProblems(String fixture) throws IOException {
        assertReadsCleanly(FixtureBuild.buildFixture(fixture, work));
    }

    @ParameterizedTest
    @ValueSource(strings = {"clap_derive-3.2.18", "glob-0.3.0", "libz-sys-1.1.8"})
    void debianCratesReadWithoutProblems(String folder) throws IOException {
        assumeTrue(Files.isDirectory(DEBIAN.resolve(folder)), "Debian package folder " + folder + " not installed");
        // built as easel builds a registry package (its dev-dependencies, absent from Debian, never resolved)
        BuildResult r = new CrateBuilder(BuildOptions.builder().registryDir(DEBIAN).build(), work.resolve("state"))
                .build(DEBIAN.resolve(folder), work.resolve("registry-target"));
        assertTrue(r.ok(), () -> r.outcome().toString());
        assertReadsCleanly(r.llFile(), r.mirFile());
    }

    private static void assertReadsCleanly(FixtureBuild.Output out) throws IOException {
        assertReadsCleanly(out.ll(), out.mir());
    }

    private static void assertReadsCleanly(Path ll, Path mirFile) throws IOException {
        IrModule ir = IrModule.read(ll);
        assertEquals(List.of(), ir.problems(), ll.toString());
        assertEquals(0, ir.linesSkipped(), ll.toString());
        MirModule mir = MirReader.read(mirFile);
        assertEquals(List.of(), mir.problems(), mirFile.toString());
        assertEquals(0, mir.linesSkipped(), mirFile.toString());
    }
}
