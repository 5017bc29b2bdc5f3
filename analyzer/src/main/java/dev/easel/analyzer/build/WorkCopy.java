package dev.easel.analyzer.build;

import dev.easel.analyzer.files.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * A private, writable copy of a crate to build from: the crate's own folder is never written (Debian's registry
 * is read-only anyway). The copy leaves out target/ and .git/, and its manifest is rewritten by
 * {@link ManifestRewriter}. A top-level rust-toolchain file is left out too: the toolchain easel detected builds
 * every crate (rustup would otherwise switch, or try to download another).
 *
 * @param dir                    the copy
 * @param original               the crate folder it was copied from
 * @param devDependenciesDropped true when the copy's manifest lost dev-dependency tables
 * @param pathDependencies       absolute folders of path dependencies named by the manifest
 * @param problem                a note on the manifest rewrite, or null
 */
public record WorkCopy(Path dir, Path original, boolean devDependenciesDropped, List<Path> pathDependencies,
                       String problem) implements AutoCloseable {

    /** Copies {@code crateDir} into {@code dest} (which must not exist yet) and rewrites its manifest. */
    public static WorkCopy create(Path crateDir, Path dest) throws IOException {
        Path src = crateDir.toAbsolutePath().normalize();
        Path manifest = src.resolve("Cargo.toml");
        if (!Files.isRegularFile(manifest)) {
            throw new IOException(manifest + ": no Cargo.toml");
        }
        copyTree(src, dest);
        Path copied = dest.resolve("Cargo.toml");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        ManifestRewriter.Rewrite r = ManifestRewriter.rewrite(text, src);
        Files.writeString(copied, r.text(), StandardCharsets.UTF_8);
        return new WorkCopy(dest, src, r.devDependenciesDropped(), r.pathDependencies(), r.problem());
    }

    private static void copyTree(Path src, Path dest) throws IOException {
        Files.walkFileTree(src, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Path rel = src.relativize(dir);
                if (rel.getNameCount() == 1 && (rel.toString().equals("target") || rel.toString().equals(".git"))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(dest.resolve(rel.toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String rel = src.relativize(file).toString();
                if (rel.equals("rust-toolchain") || rel.equals("rust-toolchain.toml")) {
                    return FileVisitResult.CONTINUE;
                }
                Path to = dest.resolve(rel);
                if (attrs.isSymbolicLink() && !Files.exists(file)) {
                    return FileVisitResult.CONTINUE; // a dangling link: nothing to build from
                }
                // links are followed: a link to ../README.md must still read from the copy
                Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                to.toFile().setWritable(true, true);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes the copy. */
    @Override
    public void close() {
        FileTrees.deleteUnchecked(dir);
    }
}
