package dev.easel.analyzer.manifest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.easel.analyzer.fuzzing.ProblemChecks;
import dev.easel.analyzer.fuzzing.Scratch;
import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.Problem;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link ManifestReader} (docs/fuzzing.md): whatever the bytes of a Cargo.toml, reading returns a Manifest, and
 * any problem names the manifest and one of its lines. Seeds: real manifests of Debian's registry and of the test
 * workspace, under {@code ManifestReaderFuzzTestInputs/}.
 */
class ManifestReaderFuzzTest {
    private static final Path WORKSPACE = Path.of("../testdata/workspaces/inherit").toAbsolutePath().normalize();

    /** A member of a real workspace root (testdata/workspaces/inherit): inheritance is read from that root. */
    private static final Path MEMBER = copyOf(WORKSPACE.resolve("Cargo.toml"), Scratch.dir("member-ws"))
            .resolveSibling("crates/fuzzed/Cargo.toml");

    /** A fuzzed workspace root with that workspace's real members beside it. */
    private static final Path ROOT = Scratch.dir("fuzzed-ws").resolve("Cargo.toml");
    private static final Path APP = copyOf(WORKSPACE.resolve("crates/app/Cargo.toml"), ROOT.resolveSibling("crates/app"));
    private static final Path CORE = copyOf(WORKSPACE.resolve("crates/core/Cargo.toml"),
            ROOT.resolveSibling("crates/core"));

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void memberManifest(byte[] input) {
        Scratch.write(MEMBER, input);
        check(ManifestReader.read(MEMBER), Set.of(MEMBER.toString()), ProblemChecks.lines(input));
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void workspaceRoot(byte[] input) {
        Scratch.write(ROOT, input);
        long lines = ProblemChecks.lines(input);
        check(ManifestReader.read(ROOT), Set.of(ROOT.toString()), lines);
        WorkspaceRoot.read(ROOT.getParent());
        // A member's problems with what it inherits name the member's own line.
        for (Path member : new Path[] {APP, CORE}) {
            check(ManifestReader.read(member), Set.of(member.toString()), lines(member));
        }
    }

    /** A manifest without an error has a name and a semantic version; every dependency has a name and requirement. */
    private static void check(Manifest m, Set<String> files, long lines) {
        assertNotNull(m);
        Problem error = m.error();
        if (error != null) {
            ProblemChecks.assertLocated(List.of(error), files, lines);
        } else {
            assertNotNull(m.name(), "a manifest read without error has a name");
            assertNotNull(m.semver(), "a manifest read without error has a semantic version");
        }
        for (Dependency d : m.dependencies()) {
            assertNotNull(d.name());
            assertNotNull(d.requirement());
        }
        assertTrue(m.edition() != null && !m.edition().isEmpty());
    }

    private static long lines(Path file) {
        try {
            return ProblemChecks.lines(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOf(Path manifest, Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.copy(manifest, dir.resolve("Cargo.toml"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
