package dev.easel.analyzer.demangle;

import dev.easel.analyzer.files.FileTrees;
import dev.easel.analyzer.build.CargoHome;
import dev.easel.analyzer.testdata.DebianRegistry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds a crate's library with {@code cargo rustc --lib -- --emit=llvm-ir} and finds the {@code .ll} rustc wrote. */
final class CargoIr {
    static final Path REGISTRY = DebianRegistry.root();
    private final Path cargoHome;

    /** Sets up a CARGO_HOME under {@code work} that builds offline from Debian's packaged crates. */
    CargoIr(Path work) throws IOException {
        cargoHome = CargoHome.offline(work.resolve("cargo-home"), REGISTRY);
    }

    /** Builds the library of the crate at {@code crateDir} (a copy is built, the source stays untouched). */
    Path buildLocal(Path crateDir, Path work, Path targetDir, boolean v0) throws IOException, InterruptedException {
        // Copies live side by side under work/src so that path dependencies (../base-lib) resolve.
        Path copy = work.resolve("src").resolve(crateDir.getFileName().toString());
        if (!Files.exists(copy)) {
            FileTrees.copy(crateDir, copy, FileTrees::leftByABuild);
        }
        String name = packageName(copy.resolve("Cargo.toml"));
        run(copy, targetDir, v0, List.of("cargo", "rustc", "--lib", "-q", "--", "--emit=llvm-ir"));
        return findIr(targetDir, name);
    }

    /** Copies a crate next to the ones built here, for path dependencies. */
    void copyLocal(Path crateDir, Path work) throws IOException {
        Path copy = work.resolve("src").resolve(crateDir.getFileName().toString());
        if (!Files.exists(copy)) {
            FileTrees.copy(crateDir, copy, FileTrees::leftByABuild);
        }
    }

    /** Builds a Debian-packaged crate through a wrapper package depending on exactly that version. */
    Path buildRegistry(String name, String version, Path work, Path targetDir, boolean v0)
            throws IOException, InterruptedException {
        Path wrapper = Files.createDirectories(work.resolve("wrap-" + name + (v0 ? "-v0" : "-legacy")));
        Files.createDirectories(wrapper.resolve("src"));
        Files.writeString(wrapper.resolve("src/lib.rs"), "");
        Files.writeString(wrapper.resolve("Cargo.toml"), "[package]\nname = \"wrap-" + name + "\"\nversion = \"0.0.0\"\n"
                + "edition = \"2021\"\n[dependencies]\n" + name + " = \"=" + version + "\"\n[workspace]\n");
        run(wrapper, targetDir, v0, List.of("cargo", "rustc", "-q", "-p", name, "--lib", "--", "--emit=llvm-ir"));
        return findIr(targetDir, name);
    }

    private void run(Path dir, Path targetDir, boolean v0, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("CARGO_HOME", cargoHome.toString());
        pb.environment().put("CARGO_TARGET_DIR", targetDir.toString());
        // Legacy is rustc 1.95's default; naming it explicitly needs -Z unstable-options.
        if (v0) {
            pb.environment().put("RUSTFLAGS", "-C symbol-mangling-version=v0");
        } else {
            pb.environment().remove("RUSTFLAGS");
        }
        Path log = dir.resolve("build.log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("cargo timed out in " + dir);
        }
        if (p.exitValue() != 0) {
            throw new IOException("cargo failed in " + dir + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private static Path findIr(Path targetDir, String packageName) throws IOException {
        String stem = packageName.replace('-', '_');
        // With several crate types rustc drops the hash from the file name.
        try (Stream<Path> files = Files.list(targetDir.resolve("debug/deps"))) {
            List<Path> found = files.filter(f -> f.getFileName().toString().matches(
                    java.util.regex.Pattern.quote(stem) + "(-[0-9a-f]+)?\\.ll")).collect(Collectors.toList());
            if (found.size() != 1) {
                throw new IOException("expected one " + stem + "*.ll in " + targetDir + ", found " + found);
            }
            return found.get(0);
        }
    }

    private static String packageName(Path manifest) throws IOException {
        for (String line : Files.readAllLines(manifest)) {
            String t = line.strip();
            if (t.startsWith("name") && t.contains("=")) {
                return t.substring(t.indexOf('"') + 1, t.lastIndexOf('"'));
            }
        }
        throw new IOException("no package name in " + manifest);
    }

}
