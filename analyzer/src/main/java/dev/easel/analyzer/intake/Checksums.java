package dev.easel.analyzer.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 checksums of archives and of crate folders. */
public final class Checksums {

    private Checksums() {
    }

    /** SHA-256 of a file's bytes, lower-case hex (the form crates.io and cargo use for .crate files). */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            feed(md, in);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * SHA-256 over a crate folder: for each regular file in sorted relative-path order, its '/'-separated path, a NUL,
     * its length and its bytes (symlinks contribute their target text). Skipped: {@code .git/} anywhere, a top-level
     * {@code target/}, and nested folders that hold their own Cargo.toml (other crates, as cargo package skips them).
     * Equal trees give equal digests wherever they lie.
     */
    public static String folderSha256(Path dir) throws IOException {
        List<String> files = new ArrayList<>();
        Path root = dir.toAbsolutePath().normalize();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                if (d.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                String name = d.getFileName().toString();
                boolean skip = name.equals(".git")
                        || (name.equals("target") && d.getParent().equals(root))
                        || Files.isRegularFile(d.resolve("Cargo.toml"));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
                    files.add(relative(root, f));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        MessageDigest md = sha256();
        for (String rel : files) {
            Path f = root.resolve(rel);
            md.update(rel.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            if (Files.isSymbolicLink(f)) {
                byte[] target = Files.readSymbolicLink(f).toString().getBytes(StandardCharsets.UTF_8);
                md.update(ByteBuffer.allocate(8).putLong(-1 - target.length).array());
                md.update(target);
            } else {
                md.update(ByteBuffer.allocate(8).putLong(Files.size(f)).array());
                try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
                    feed(md, in);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String relative(Path root, Path f) {
        return root.relativize(f).toString().replace('\\', '/');
    }

    private static void feed(MessageDigest md, InputStream in) throws IOException {
        byte[] buf = new byte[64 * 1024];
        for (int n; (n = in.read(buf)) > 0; ) {
            md.update(buf, 0, n);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
