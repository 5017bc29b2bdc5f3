package dev.easel.graph.dataset;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One gzipped JSON-lines file being written under a temporary name ({@code .part}): its lines counted and the SHA-256
 * of the bytes stored taken as they are written, so the manifest needs no second read. {@link #publish} renames it to
 * its name; until then nothing looks complete.
 */
final class JsonLinesFile implements AutoCloseable {

    static final String PART = ".part";
    private static final int BUFFER = 1 << 16;

    private final Path target;
    private final Path part;
    private final MessageDigest digest;
    private final BufferedWriter out;
    private long rows;
    private boolean closed;

    JsonLinesFile(Path target) {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + PART);
        this.digest = sha256();
        try {
            OutputStream raw = new DigestOutputStream(Files.newOutputStream(part), digest);
            out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(raw, BUFFER), StandardCharsets.UTF_8),
                    BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + part + ": " + e.getMessage(), e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** Writes one line (a JSON object holding no line break). */
    void line(String json) {
        try {
            out.write(json);
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + part + ": " + e.getMessage(), e);
        }
    }

    long rows() {
        return rows;
    }

    /** The SHA-256 of the file as stored; closes it. */
    String sha256Hex() {
        close();
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Renames the finished file to its name (over an older one). */
    void publish() {
        close();
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename " + part + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes the temporary file of an export that did not finish. */
    void discard() {
        try {
            close();
        } catch (UncheckedIOException ignored) {
            // the file goes anyway
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + part + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + part + ": " + e.getMessage(), e);
        }
    }
}
