package dev.easel.analyzer.fuzzing;

import dev.easel.analyzer.files.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One scratch folder per JVM, removed when the JVM ends. A fuzz target runs hundreds of times a second, so its files
 * are rewritten in place rather than made in a new temporary folder each time.
 */
public final class Scratch {
    private static final Path ROOT = create();

    private Scratch() {
    }

    /** A folder of its own for one fuzz target, created on first use. */
    public static Path dir(String name) {
        try {
            return Files.createDirectories(ROOT.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} to {@code file}, replacing it. */
    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path create() {
        try {
            Path root = Files.createTempDirectory("easel-fuzz-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileTrees.deleteUnchecked(root)));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
