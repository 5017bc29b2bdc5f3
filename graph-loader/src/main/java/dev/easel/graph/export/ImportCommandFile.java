package dev.easel.graph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code import-command.txt} beside the files of an import: the exact {@code neo4j-admin} command to run on a server,
 * one argument a line, ready to paste into a shell.
 */
public final class ImportCommandFile {

    public static final String NAME = "import-command.txt";

    private ImportCommandFile() {
    }

    /** The command as a shell line continued over one line per argument. */
    public static String text(List<String> args) {
        StringBuilder cmd = new StringBuilder("neo4j-admin");
        for (String a : args) {
            cmd.append(" \\\n  ").append(shellQuoted(a));
        }
        return cmd.append('\n').toString();
    }

    /** Writes it under a temporary name and renames it into place; returns its path. */
    public static Path write(Path dir, List<String> args) {
        Path file = dir.resolve(NAME);
        Path tmp = dir.resolve(NAME + ".tmp");
        try {
            Files.writeString(tmp, text(args), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Single-quoted when the shell would split or expand it (the array delimiter is a letter code, never raw). */
    private static String shellQuoted(String a) {
        if (a.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_=./,:+@%".indexOf(c) >= 0)) {
            return a;
        }
        return "'" + a.replace("'", "'\\''") + "'";
    }
}
