package dev.easel.analyzer.fuzzing;

import dev.easel.analyzer.model.Problem;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The property every reader's problems must have: each names the file it concerns and a line inside that file. */
public final class ProblemChecks {
    private ProblemChecks() {
    }

    /**
     * Asserts that every problem names one of {@code files} and a line from 0 (the whole file) to {@code lines}, and
     * says what went wrong.
     */
    public static void assertLocated(Collection<Problem> problems, Set<String> files, long lines) {
        for (Problem p : problems) {
            assertNotNull(p.stage(), () -> "problem without stage: " + p);
            assertLocated(p.file(), p.line(), p.message(), files, lines);
        }
    }

    /** The same check for readers that report in a form of their own (file, line, message). */
    public static void assertLocated(String file, long line, String message, Set<String> files, long lines) {
        String where = file + ":" + line + ": " + message;
        assertTrue(files.contains(file), () -> "problem names another file than " + files + ": " + where);
        assertTrue(line >= 0 && line <= lines, () -> "problem line outside the file's " + lines + " lines: " + where);
        assertNotNull(message, () -> "problem without message: " + where);
        assertFalse(message.isBlank(), () -> "problem with a blank message: " + where);
    }

    /**
     * Asserts what a line reader (IR, MIR) owes for any input: every line of {@code file} read, no more lines skipped
     * than read, and every problem located; returns the number of lines.
     */
    public static long assertEveryLineRead(Path file, byte[] input, long linesRead, long linesSkipped,
                                           Collection<Problem> problems) {
        long lines = lines(input);
        assertEquals(lines, linesRead, "every line is read");
        assertTrue(linesSkipped <= lines, "never more lines skipped than read");
        assertLocated(problems, Set.of(file.toString()), lines);
        return lines;
    }

    /** Lines as {@link BufferedReader#readLine()} counts them (\n, \r or \r\n end a line), decoded as ISO-8859-1. */
    public static long lines(byte[] bytes) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.ISO_8859_1))) {
            long n = 0;
            while (in.readLine() != null) {
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
