package dev.easel.analyzer.build;

import dev.easel.analyzer.model.BuildOutcome.FailureClass;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the cause of a failed build from cargo's human output (its stderr), streamed line by line, and keeps the
 * log tail. When several causes show, the most specific wins: a build script that panics because pkg-config did
 * not find zlib is a missing native library, not a panic.
 */
public final class FailureClassifier {

    /** Lines of log kept for the outcome. */
    public static final int TAIL_LINES = 60;

    /**
     * The verdict.
     *
     * @param failure          the class
     * @param missingLibraries native libraries named as missing, in order of appearance
     * @param message          one line a user can act on
     * @param logTail          the last lines of the log
     */
    public record Classification(FailureClass failure, List<String> missingLibraries, String message, String logTail) {
    }

    private static final List<Pattern> MISSING_LIB = List.of(
            Pattern.compile("could not find system library '([^']+)'"),
            Pattern.compile("Package '?([\\w.+-]+)'? was not found in the pkg-config search path"),
            Pattern.compile("Package '([^']+)', required by '[^']*', not found"),
            Pattern.compile("The system library `([^`]+)` required by crate `[^`]+` was not found"),
            Pattern.compile("(?:cannot|unable to) find (?:library )?-l\\s*([\\w.+-]+)"));
    private static final List<Pattern> MISSING_HEADER = List.of(
            Pattern.compile("fatal error: ([\\w./+-]+\\.h(?:pp)?): No such file or directory"),
            Pattern.compile("'([\\w./+-]+\\.h(?:pp)?)' file not found"));
    private static final Map<Pattern, String> MISSING_NAMED = Map.of(
            Pattern.compile("Could not find directory of OpenSSL installation"), "openssl",
            Pattern.compile("Unable to find libclang"), "clang");

    private static final Map<FailureClass, List<Pattern>> CLASSES = new EnumMap<>(FailureClass.class);

    static {
        CLASSES.put(FailureClass.OUT_OF_MEMORY, List.of(
                Pattern.compile("memory allocation of \\d+ bytes failed"),
                Pattern.compile("Cannot allocate memory"),
                Pattern.compile("(?i)out of memory"),
                Pattern.compile("failed to map segment from shared object"),
                Pattern.compile("std::bad_alloc"),
                Pattern.compile("signal: 9, SIGKILL")));
        CLASSES.put(FailureClass.TOOLCHAIN_TOO_OLD, List.of(
                Pattern.compile("requires rustc [\\w.-]+( or newer)?"),
                Pattern.compile("is not supported by the following package"),
                Pattern.compile("this version of Cargo is older than the `[^`]+` edition"),
                Pattern.compile("feature `edition20\\d\\d` is required"),
                Pattern.compile("supported edition values are"),
                Pattern.compile("unknown edition")));
        CLASSES.put(FailureClass.DEPENDENCY_RESOLUTION, List.of(
                Pattern.compile("failed to select a version for"),
                Pattern.compile("no matching package (named|found)"),
                Pattern.compile("failed to get `[^`]+` as a dependency"),
                Pattern.compile("failed to load source for dependency"),
                Pattern.compile("failed to resolve patches"),
                Pattern.compile("cyclic package dependency"),
                Pattern.compile("failed to download")));
        CLASSES.put(FailureClass.MANIFEST_ERROR, List.of(
                Pattern.compile("failed to parse manifest at"),
                Pattern.compile("could not parse input as TOML"),
                Pattern.compile("failed to parse lock file")));
        CLASSES.put(FailureClass.NOT_A_LIBRARY, List.of(
                Pattern.compile("no library targets found in package")));
        CLASSES.put(FailureClass.BUILD_SCRIPT_PANIC, List.of(
                Pattern.compile("failed to run custom build command for")));
        CLASSES.put(FailureClass.COMPILE_ERROR, List.of(
                Pattern.compile("could not compile `"),
                Pattern.compile("^error(\\[E\\d+\\])?: ")));
    }

    /** The order in which classes beat each other: resource exhaustion first, the generic compile error last. */
    private static final List<FailureClass> PRIORITY = List.of(FailureClass.OUT_OF_MEMORY,
            FailureClass.MISSING_NATIVE_LIBRARY, FailureClass.TOOLCHAIN_TOO_OLD, FailureClass.DEPENDENCY_RESOLUTION,
            FailureClass.MANIFEST_ERROR, FailureClass.NOT_A_LIBRARY, FailureClass.BUILD_SCRIPT_PANIC,
            FailureClass.COMPILE_ERROR);

    private FailureClassifier() {
    }

    /** Classifies a failed run from its log. A timed out run is a TIMEOUT whatever the log says. */
    public static Classification classify(Path log, boolean timedOut) throws IOException {
        ArrayDeque<String> tail = new ArrayDeque<>();
        Set<String> missing = new LinkedHashSet<>();
        Map<FailureClass, String> firstLine = new EnumMap<>(FailureClass.class);
        String firstError = null;
        try (BufferedReader r = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (tail.size() == TAIL_LINES) {
                    tail.removeFirst();
                }
                tail.addLast(line);
                String trimmed = line.strip();
                if (firstError == null && trimmed.startsWith("error")) {
                    firstError = trimmed;
                }
                if (missingLibraries(trimmed, missing)) {
                    firstLine.putIfAbsent(FailureClass.MISSING_NATIVE_LIBRARY, trimmed);
                }
                for (Map.Entry<FailureClass, List<Pattern>> e : CLASSES.entrySet()) {
                    if (!firstLine.containsKey(e.getKey())
                            && e.getValue().stream().anyMatch(p -> p.matcher(trimmed).find())) {
                        firstLine.put(e.getKey(), trimmed);
                    }
                }
            }
        }
        String tailText = String.join("\n", tail);
        if (timedOut) {
            return new Classification(FailureClass.TIMEOUT, List.of(), "build timed out", tailText);
        }
        for (FailureClass c : PRIORITY) {
            String l = firstLine.get(c);
            if (l != null) {
                String message = switch (c) {
                    case MISSING_NATIVE_LIBRARY -> "missing native library " + String.join(", ", missing) + ": " + l;
                    case BUILD_SCRIPT_PANIC -> buildScriptMessage(l, tail);
                    default -> l;
                };
                return new Classification(c, List.copyOf(missing), message, tailText);
            }
        }
        return new Classification(FailureClass.OTHER, List.of(),
                firstError != null ? firstError : "cargo failed with no recognised error", tailText);
    }

    private static String buildScriptMessage(String header, ArrayDeque<String> tail) {
        for (String l : tail) {
            if (l.contains("panicked at")) {
                return header + " (" + l.strip() + ")";
            }
        }
        return header;
    }

    /** Adds the libraries a line names as missing; true when it named one. */
    static boolean missingLibraries(String line, Set<String> into) {
        boolean found = false;
        for (Pattern p : MISSING_LIB) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                into.add(m.group(1));
                found = true;
            }
        }
        for (Pattern p : MISSING_HEADER) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                into.add(headerLibrary(m.group(1)));
                found = true;
            }
        }
        for (Map.Entry<Pattern, String> e : MISSING_NAMED.entrySet()) {
            if (e.getKey().matcher(line).find()) {
                into.add(e.getValue());
                found = true;
            }
        }
        return found;
    }

    /** A header names its library by its first folder (openssl/ssl.h) or its base name (zlib.h). */
    static String headerLibrary(String header) {
        int slash = header.indexOf('/');
        String s = slash > 0 ? header.substring(0, slash) : header;
        return s.replaceFirst("\\.h(pp)?$", "");
    }

    /** For callers holding text rather than a file (tests, cached logs). */
    public static List<String> missingLibraries(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : text.split("\n")) {
            missingLibraries(l.strip(), out);
        }
        return new ArrayList<>(out);
    }
}
