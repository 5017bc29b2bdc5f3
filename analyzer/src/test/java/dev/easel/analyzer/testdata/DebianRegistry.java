package dev.easel.analyzer.testdata;

import dev.easel.analyzer.model.SemVer;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Debian cargo registry the tests read: {@code /usr/share/cargo/registry} (CI installs 20 {@code librust-*-dev}
 * packages there), or the folder the system property {@value #PROPERTY} or the environment variable
 * {@value #ENVIRONMENT} names (the property wins), such as the whole registry unpacked elsewhere. A test about one
 * crate skips with a reason when that crate is absent; a test over every package asserts what holds for each.
 */
public final class DebianRegistry {

    public static final String PROPERTY = "easel.test.registry";
    public static final String ENVIRONMENT = "EASEL_TEST_REGISTRY";
    public static final Path DEFAULT = Path.of("/usr/share/cargo/registry");

    private DebianRegistry() {
    }

    /** The registry folder (it may not exist). */
    public static Path root() {
        String p = System.getProperty(PROPERTY);
        if (p == null || p.isBlank()) {
            p = System.getenv(ENVIRONMENT);
        }
        return p == null || p.isBlank() ? DEFAULT : Path.of(p).toAbsolutePath().normalize();
    }

    public static boolean present() {
        return Files.isDirectory(root());
    }

    /** Skips the calling test, with the reason, when there is no registry. */
    public static Path require() {
        Assumptions.assumeTrue(present(), () -> "no Debian cargo registry at " + root()
                + " (install librust-*-dev packages, or set " + PROPERTY + " / " + ENVIRONMENT + ")");
        return root();
    }

    /** The package folder {@code folder} ("libz-sys-1.1.8"), or skips the calling test saying it is absent. */
    public static Path require(String folder) {
        Path p = root().resolve(folder);
        Assumptions.assumeTrue(Files.isDirectory(p), () -> p + " is not in the registry (Debian package librust-"
                + folder.replaceFirst("-\\d+\\.\\d+\\.\\d+.*$", "").replace('_', '-') + "-dev): skipped");
        return p;
    }

    /** The highest version's folder of the crate {@code name} ("libz-sys"), if the registry has one. */
    public static Optional<Path> find(String name) {
        return packages().stream()
                .filter(p -> {
                    String f = p.getFileName().toString();
                    return f.startsWith(name + "-") && f.length() > name.length() + 1
                            && Character.isDigit(f.charAt(name.length() + 1))
                            && SemVer.tryParse(f.substring(name.length() + 1)) != null;
                })
                .max(Comparator.comparing((Path p) -> SemVer.parse(p.getFileName().toString()
                        .substring(name.length() + 1))));
    }

    /** The highest version's folder of the crate {@code name}, or skips the calling test saying it is absent. */
    public static Path requireCrate(String name) {
        Optional<Path> p = find(name);
        Assumptions.assumeTrue(p.isPresent(), () -> "crate " + name + " is not in " + root() + " (Debian package librust-"
                + name.replace('_', '-') + "-dev): skipped");
        return p.get();
    }

    /** Every package folder (a folder holding a Cargo.toml), sorted; none when there is no registry. */
    public static List<Path> packages() {
        if (!present()) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(root())) {
            return s.filter(p -> Files.isRegularFile(p.resolve("Cargo.toml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
