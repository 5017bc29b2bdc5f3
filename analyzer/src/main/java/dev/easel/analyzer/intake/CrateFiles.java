package dev.easel.analyzer.intake;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a crate folder, walked once: Rust sources apart from everything else. Skips {@code target/}
 * and hidden folders ({@code .git}), which are not part of a published crate.
 *
 * @param root      the crate folder
 * @param rustFiles every {@code .rs} file, sorted
 * @param otherFiles every other regular file, sorted
 */
public record CrateFiles(Path root, List<Path> rustFiles, List<Path> otherFiles) {

    public static CrateFiles list(Path root) throws IOException {
        List<Path> rs = new ArrayList<>();
        List<Path> other = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(root)) {
                    String name = dir.getFileName().toString();
                    if (name.startsWith(".") || (name.equals("target") && dir.getParent().equals(root))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    (file.getFileName().toString().endsWith(".rs") ? rs : other).add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        rs.sort(null);
        other.sort(null);
        return new CrateFiles(root, rs, other);
    }

    /** A path relative to the crate folder with forward slashes. */
    public String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
