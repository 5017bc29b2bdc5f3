package dev.easel.analyzer.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The source files rustc read for one compilation, from the dep-info file it writes beside the rlib
 * ({@code deps/<crate>-<hash>.d}, emitted by cargo's {@code --emit=dep-info}): a Makefile rule
 * {@code <output>: <source> <source> …} per output, then one empty rule per source, and {@code # env-dep:} comments.
 * Spaces in paths are escaped with a backslash. Every file compiled is listed: modules, {@code include!}d and
 * {@code include_str!}/{@code include_bytes!} data, generated files under {@code OUT_DIR}.
 */
public final class DepInfo {

    private DepInfo() {
    }

    /**
     * The sources of the first rule, in order, as absolute paths; empty for an empty file.
     *
     * @param base the folder relative paths are relative to: rustc's working folder, which cargo sets to the
     *             workspace root (it names a member's sources relative to it, other packages' absolutely)
     */
    public static List<Path> read(Path file, Path base) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = ruleColon(line);
            if (colon < 0) {
                throw new IOException(file + ": not a dep-info rule: " + line);
            }
            Set<Path> out = new LinkedHashSet<>();
            for (String word : words(line.substring(colon + 1))) {
                out.add(base.resolve(word).toAbsolutePath().normalize());
            }
            return new ArrayList<>(out);
        }
        return List.of();
    }

    /** The rule's colon: the first ": " or line-ending ':' not escaped (a Windows drive "C:\" is not one). */
    private static int ruleColon(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                w.append(text.charAt(++i));
            } else if (c == ' ') {
                if (!w.isEmpty()) {
                    out.add(w.toString());
                    w.setLength(0);
                }
            } else {
                w.append(c);
            }
        }
        if (!w.isEmpty()) {
            out.add(w.toString());
        }
        return out;
    }
}
