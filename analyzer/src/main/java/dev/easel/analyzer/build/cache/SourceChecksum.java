package dev.easel.analyzer.build.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over a crate's files: each file's relative path ('/'-separated), its size and its bytes, in sorted path
 * order, leaving out the top-level target/ and .git/ folders. Equal sources give equal sums wherever they lie.
 */
public final class SourceChecksum {

    private SourceChecksum() {
    }

    public static String of(Path crateDir) throws IOException {
        Path root = crateDir.toAbsolutePath().normalize();
        List<String> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(rel -> !rel.startsWith("target/") && !rel.startsWith(".git/"))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        MessageDigest sha = sha256();
        byte[] buf = new byte[64 * 1024];
        for (String rel : files) {
            Path p = root.resolve(rel);
            sha.update(rel.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(ByteBuffer.allocate(8).putLong(Files.size(p)).array());
            try (InputStream in = Files.newInputStream(p)) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    sha.update(buf, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
