package dev.easel.analyzer.typosquat;

import dev.easel.analyzer.model.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A corpus given as a file: one crate name per line; blank lines and {@code #} comments (whole line or after the
 * name) are skipped; a line that is no crate name is reported with its line number and skipped.
 */
public final class CorpusFile {

    private CorpusFile() {
    }

    public static List<String> read(Path file, Consumer<Problem> problems) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (validName(name)) {
                names.add(name);
            } else {
                problems.accept(new Problem(Problem.Stage.TYPOSQUAT, file.toString(), i + 1,
                        "not a crate name, skipped: '" + name + "'"));
            }
        }
        return names;
    }

    private static boolean validName(String name) {
        if (!Character.isLetter(name.charAt(0)) || name.charAt(0) > 127) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!CrateNames.nameChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
