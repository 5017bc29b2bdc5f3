package dev.easel.analyzer.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The JSON-lines form of {@link CrateAnalysis}: one object per line, read and written one at a time so a file
 * of thousands of analyses never sits in memory whole.
 */
public final class AnalysisJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ObjectWriter WRITER = MAPPER.writerFor(CrateAnalysis.class);
    private static final ObjectReader READER = MAPPER.readerFor(CrateAnalysis.class);

    private AnalysisJson() {
    }

    public static String toLine(CrateAnalysis analysis) {
        try {
            return WRITER.writeValueAsString(analysis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize analysis of " + analysis.id(), e);
        }
    }

    /** Reads one analysis; refuses one written in a newer format than this easel knows. */
    public static CrateAnalysis fromLine(String line) throws JsonProcessingException {
        CrateAnalysis analysis = READER.readValue(line);
        if (analysis.schema() > CrateAnalysis.SCHEMA) {
            throw JsonMappingException.from((JsonParser) null, "written by a newer easel (analysis format "
                    + analysis.schema() + "; this easel reads format " + CrateAnalysis.SCHEMA + " and older)");
        }
        return analysis;
    }

    /** Appends one analysis as one line and flushes, so a crash loses at most the line being written. */
    public static void append(Writer out, CrateAnalysis analysis) throws IOException {
        out.write(toLine(analysis));
        out.write('\n');
        out.flush();
    }

    /** A line that could not be read as an analysis. */
    public record BadLine(Path file, long line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    /**
     * A lazy stream of the file's analyses (close it to close the file); bad lines go to {@code bad} and are skipped.
     */
    public static Stream<CrateAnalysis> stream(Path file, Consumer<BadLine> bad) throws IOException {
        // ISO-8859-1 cannot fail: each line is decoded as UTF-8 on its own, so a stray byte spoils one line, not the file
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1);
        long[] lineNo = {0};
        return in.lines()
                .map(line -> parse(file, ++lineNo[0], line, bad))
                .filter(Objects::nonNull)
                .onClose(() -> {
                    try {
                        in.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Streams a JSON-lines file; every good line goes to {@code each}, every bad one to {@code bad}, and reading goes
     * on. Blank lines are skipped.
     *
     * @return the number of analyses read
     */
    public static long read(Path file, Consumer<CrateAnalysis> each, Consumer<BadLine> bad) throws IOException {
        long[] count = {0};
        try (Stream<CrateAnalysis> analyses = stream(file, bad)) {
            analyses.forEach(a -> {
                each.accept(a);
                count[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return count[0];
    }

    /** The analysis on one line (its bytes as ISO-8859-1 chars), or null (reported to {@code bad} unless blank). */
    private static CrateAnalysis parse(Path file, long lineNo, String bytes, Consumer<BadLine> bad) {
        if (bytes.isBlank()) {
            return null;
        }
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            bad.accept(new BadLine(file, lineNo, "not UTF-8 text"));
            return null;
        }
        try {
            CrateAnalysis analysis = fromLine(line);
            if (analysis.name() != null && analysis.version() != null) {
                return analysis;
            }
            bad.accept(new BadLine(file, lineNo, "analysis without name or version"));
        } catch (JsonProcessingException e) {
            bad.accept(new BadLine(file, lineNo, e.getOriginalMessage()));
        }
        return null;
    }
}
