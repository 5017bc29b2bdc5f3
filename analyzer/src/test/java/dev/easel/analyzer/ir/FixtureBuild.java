package dev.easel.analyzer.ir;

import dev.easel.analyzer.files.FileTrees;
import dev.easel.analyzer.build.CargoHome;
import dev.easel.analyzer.testdata.DebianRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Builds a crate with the real toolchain, as the pipeline does ({@code cargo rustc --lib -- --emit=llvm-ir,mir} with
 * v0 symbols), into a target folder the test owns, and finds the .ll and .mir rustc wrote.
 */
public final class FixtureBuild {
    /** The IR and MIR of one built crate. */
    public record Output(Path ll, Path mir) {
    }

    private FixtureBuild() {
    }

    /** testdata/crates/name, found by walking up from the working directory. */
    public static Path fixture(String name) {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("testdata/crates").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("fixture crate not found: " + name);
    }

    /**
     * Builds a fixture crate of testdata/crates from a copy of that folder (cargo writes a lock file next to the
     * manifest, and tests assert the fixtures are never written); path dependencies between fixtures keep working.
     */
    public static Output buildFixture(String name, Path work) {
        Path fixtures = fixture(name).getParent();
        Path copy = work.resolve("src-fixtures");
        try {
            if (!Files.isDirectory(copy)) {
                FileTrees.copy(fixtures, copy, FileTrees::leftByABuild);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build(copy.resolve(name), work, List.of());
    }

    /**
     * Builds a Debian-packaged crate of {@link DebianRegistry} offline (the calling test is skipped when the registry
     * lacks it); the crate is copied first because cargo writes a lock file next to the manifest.
     */
    public static Output buildDebianCrate(String dirName, Path work, List<String> cargoArgs) {
        Path source = DebianRegistry.require(dirName);
        Path copy = work.resolve("src-" + dirName);
        try {
            FileTrees.copy(source, copy, FileTrees::leftByABuild);
            CargoHome.offline(work.resolve("cargo-home"), DebianRegistry.root());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return build(copy, work, cargoArgs);
    }

    private static Output build(Path crateDir, Path work, List<String> cargoArgs) {
        Path target = work.resolve("target");
        List<String> cmd = new ArrayList<>(List.of("cargo", "rustc", "--lib", "--quiet",
                "--manifest-path", crateDir.resolve("Cargo.toml").toString()));
        cmd.addAll(cargoArgs);
        cmd.addAll(List.of("--", "--emit=llvm-ir,mir"));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true);
        pb.environment().put("CARGO_TARGET_DIR", target.toString());
        pb.environment().put("RUSTFLAGS", "-C symbol-mangling-version=v0");
        Path cargoHome = work.resolve("cargo-home");
        if (Files.isDirectory(cargoHome)) {
            pb.environment().put("CARGO_HOME", cargoHome.toString());
        }
        try {
            Path log = work.resolve("cargo-" + crateDir.getFileName() + ".log");
            pb.redirectOutput(log.toFile());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("cargo timed out for " + crateDir);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("cargo failed for " + crateDir + ":\n" + Files.readString(log));
            }
            String stem = crateName(crateDir);
            Path deps = target.resolve("debug/deps");
            return new Output(newest(deps, stem, ".ll"), newest(deps, stem, ".mir"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The lib crate name: the package folder name, minus a version suffix, with '-' as '_'. */
    private static String crateName(Path crateDir) {
        String dir = crateDir.getFileName().toString();
        if (dir.startsWith("src-")) {
            dir = dir.substring(4);
        }
        return dir.replaceFirst("-\\d+\\.\\d+\\.\\d+.*$", "").replace('-', '_');
    }

    private static Path newest(Path deps, String stem, String ext) throws IOException {
        try (Stream<Path> files = Files.list(deps)) {
            // <crate>-<hash>.ll for rlibs; <crate>.ll when a cdylib is among the crate types
            return files.filter(f -> f.getFileName().toString().startsWith(stem + "-") && f.toString().endsWith(ext)
                            || f.getFileName().toString().equals(stem + ext))
                    .max(Comparator.comparingLong(f -> f.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no " + ext + " for " + stem + " in " + deps));
        }
    }

}
