package dev.easel.analyzer.fetch;

import dev.easel.analyzer.model.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file of crates to fetch: one {@code name} or {@code name@version} per line; {@code #} starts a comment, blank
 * lines are ignored. A bad line is a Problem naming file and line; the other lines still count.
 */
public final class CrateList {

    private static final Problem.Stage STAGE = Problem.Stage.FETCH;

    /** The requests read, in file order, and the lines that were not requests. */
    public record Parsed(List<CrateRequest> requests, List<Problem> problems) {
        public Parsed {
            requests = List.copyOf(requests);
            problems = List.copyOf(problems);
        }
    }

    private CrateList() {
    }

    public static Parsed read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    }

    static Parsed parse(List<String> lines, String source) {
        List<CrateRequest> requests = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String text = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                requests.add(CrateRequest.parse(text));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(STAGE, source, i + 1, "line skipped: " + e.getMessage()));
            }
        }
        return new Parsed(requests, problems);
    }
}
