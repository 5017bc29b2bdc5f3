package dev.easel.graph.export;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Text streams of import and dataset files: gzipped when the name ends in {@code .gz}, UTF-8 either way. */
public final class CsvStreams {

    private static final int BUFFER = 1 << 16;

    private CsvStreams() {
    }

    public static boolean compressed(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    /**
     * A writer; a {@code .gz} file is compressed at the fastest level: on two cores the bulk path is bound by CPU, and
     * level 1 already shrinks CSV about fivefold.
     */
    public static BufferedWriter writer(Path file) {
        try {
            OutputStream raw = Files.newOutputStream(file);
            OutputStream out = compressed(file) ? new FastGzip(raw) : raw;
            return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static BufferedReader reader(Path file) {
        try {
            InputStream raw = Files.newInputStream(file);
            InputStream in = compressed(file) ? new GZIPInputStream(raw, BUFFER) : raw;
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), BUFFER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** gzip at {@link Deflater#BEST_SPEED}. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
