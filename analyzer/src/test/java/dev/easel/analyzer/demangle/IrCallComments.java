package dev.easel.analyzer.demangle;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads rustc's LLVM IR annotations: rustc writes {@code ; call <demangled>} (or {@code ; invoke}) above every call
 * whose callee name rustc-demangle accepts, printed with {@code {:#}}. Streams the file line by line.
 */
final class IrCallComments {
    private static final Pattern COMMENT = Pattern.compile("^\\s*; (call|invoke) (.*)$");
    private static final Pattern CALL = Pattern.compile("\\b(call|invoke)\\b");
    /** The first {@code @name(} on a call line is the callee; names may be quoted. */
    private static final Pattern CALLEE = Pattern.compile("@(\"(?:[^\"\\\\]|\\\\.)*\"|[-a-zA-Z$._0-9]+)\\(");

    private IrCallComments() {
    }

    /**
     * @param annotated  receives (comment text, callee symbol) for every annotated call
     * @param unannotated receives the callee symbol of every direct call rustc left without a comment
     */
    static void read(Path ll, BiConsumer<String, String> annotated, Consumer<String> unannotated) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(ll, StandardCharsets.UTF_8)) {
            String pending = null;
            String line;
            while ((line = in.readLine()) != null) {
                Matcher comment = COMMENT.matcher(line);
                if (comment.matches()) {
                    pending = comment.group(2);
                    continue;
                }
                if (!line.startsWith(";") && CALL.matcher(line).find()) {
                    String callee = callee(line);
                    if (callee != null) {
                        if (pending != null) {
                            annotated.accept(pending, callee);
                        } else {
                            unannotated.accept(callee);
                        }
                    }
                }
                pending = null;
            }
        }
    }

    static String callee(String line) {
        Matcher m = CALLEE.matcher(line);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        if (name.startsWith("\"")) {
            name = name.substring(1, name.length() - 1);
        }
        return name;
    }
}
