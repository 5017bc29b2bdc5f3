package dev.easel.analyzer.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Deletes and copies folder trees. A link inside is removed, never followed, so only what lies under the folder goes.
 */
public final class FileTrees {
    private FileTrees() {
    }

    /** Deletes {@code root} and everything under it; nothing happens when it is gone already. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** {@link #delete}, for callers that cannot go on when the tree stays. */
    public static void deleteUnchecked(Path root) {
        try {
            delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }

    /** {@link #delete}, for temporary folders whose remains harm nothing; false when some of it stays. */
    public static boolean deleteQuietly(Path root) {
        try {
            delete(root);
            return true;
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Copies {@code from} into {@code to}, replacing files already there, leaving out every path (relative to
     * {@code from}) that {@code skip} accepts, and what lies under a skipped folder.
     */
    public static void copy(Path from, Path to, Predicate<Path> skip) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path rel = from.relativize(p);
                if (skipped(rel, skip)) {
                    continue;
                }
                Path dest = to.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** What a build leaves in a crate's folder: its lock file and anything under a {@code target} folder. */
    public static boolean leftByABuild(Path rel) {
        String name = rel.getFileName().toString();
        return name.equals("target") || name.equals("Cargo.lock");
    }

    private static boolean skipped(Path rel, Predicate<Path> skip) {
        for (Path p = rel; p != null && !p.toString().isEmpty(); p = p.getParent()) {
            if (skip.test(p)) {
                return true;
            }
        }
        return false;
    }
}
