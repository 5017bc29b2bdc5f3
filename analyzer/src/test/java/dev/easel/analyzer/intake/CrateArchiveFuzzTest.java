package dev.easel.analyzer.intake;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.easel.analyzer.fuzzing.ProblemChecks;
import dev.easel.analyzer.fuzzing.Scratch;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link CrateArchive} (docs/fuzzing.md): whatever the bytes, extraction returns, names the archive in every
 * problem, writes nothing outside its folder (no file, no link leading out), stays within its limits, and leaves no
 * half-extracted folder behind when it stops. {@code crateArchive} takes the bytes as the {@code .crate} itself;
 * {@code crateTar} takes them as the tar inside, which it gzips, so that the fuzzer mutates tar headers directly.
 * Seeds: {@code .crate} archives {@code cargo package} made of the fixture crates, and their tars.
 */
class CrateArchiveFuzzTest {
    /** Small limits: a decompression bomb is stopped after 1 MiB rather than 1 GiB. */
    private static final ArchiveLimits LIMITS = new ArchiveLimits(1 << 20, 200);
    private static final Path ROOT = Scratch.dir("crate-archive");
    private static final Path ARCHIVE = ROOT.resolve("in/fuzzed-0.1.0.crate");
    private static final Path OUT = ROOT.resolve("out");

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void crateArchive(byte[] input) {
        extractAndCheck(input);
    }

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void crateTar(byte[] tar) {
        ByteArrayOutputStream gz = new ByteArrayOutputStream(tar.length / 2 + 64);
        try (GzipCompressorOutputStream out = new GzipCompressorOutputStream(gz)) {
            out.write(tar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        extractAndCheck(gz.toByteArray());
    }

    private static void extractAndCheck(byte[] crate) {
        Scratch.write(ARCHIVE, crate);
        CrateArchive.Extraction x = CrateArchive.extract(ARCHIVE, OUT, LIMITS);
        ProblemChecks.assertLocated(x.problems(), Set.of(ARCHIVE.toString()), 0);
        Path dest = OUT.resolve("fuzzed-0.1.0").toAbsolutePath();
        if (x.complete()) {
            assertTrue(x.folder() != null && x.folder().startsWith(dest), () -> "folder outside its place: " + x);
            assertTrue(Files.isRegularFile(x.folder().resolve("Cargo.toml")), () -> "no Cargo.toml: " + x);
            assertInside(dest);
        } else {
            assertNull(x.folder(), () -> "a stopped extraction has no folder: " + x);
            assertFalse(Files.exists(dest, LinkOption.NOFOLLOW_LINKS), "a stopped extraction leaves nothing");
            assertFalse(x.problems().isEmpty(), "a stopped extraction says why");
        }
        assertEquals(List.of("in", "out"), list(ROOT), "nothing written beside the extraction folder");
        assertEquals(List.of("fuzzed-0.1.0.crate"), list(ARCHIVE.getParent()), "nothing written beside the archive");
    }

    /** Every link under dest resolves inside it, and the files add up to no more than the limit. */
    private static void assertInside(Path dest) {
        try (Stream<Path> walk = Files.walk(dest)) {
            Path real = dest.toRealPath();
            long bytes = 0;
            for (Path p : walk.toList()) {
                if (Files.isSymbolicLink(p)) {
                    Path target = p.getParent().toRealPath().resolve(Files.readSymbolicLink(p)).normalize();
                    assertTrue(target.startsWith(real), () -> "link leads outside: " + p + " -> " + target);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    bytes += Files.size(p);
                }
            }
            assertTrue(bytes <= LIMITS.maxUnpackedBytes(), "extracted more than the limit: " + bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
