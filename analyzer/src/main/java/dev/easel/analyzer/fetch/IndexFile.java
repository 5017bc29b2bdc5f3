package dev.easel.analyzer.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One crate's index file: a JSON object per published version per line. A line that is not valid JSON, lacks
 * {@code name}, {@code vers} or a SHA-256 {@code cksum}, or names another crate is a Problem (the file's path or URL
 * and the line number); the rest of the file is still used.
 *
 * @param source   where the file came from (URL or path), for messages
 * @param entries  the usable lines, in file order
 * @param problems the skipped lines
 */
record IndexFile(String source, List<IndexEntry> entries, List<Problem> problems) {

    private static final Problem.Stage STAGE = Problem.Stage.INDEX;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    IndexFile {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** Parses the file of {@code crate} (compared ignoring case, as the file name is lower case). */
    static IndexFile parse(byte[] content, String crate, String source) {
        List<IndexEntry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                entries.add(entry(JSON.readTree(line), crate));
            } catch (JsonProcessingException e) {
                problems.add(problem(source, i + 1, e.getOriginalMessage()));
            } catch (IllegalArgumentException e) {
                problems.add(problem(source, i + 1, e.getMessage()));
            }
        }
        return new IndexFile(source, entries, problems);
    }

    private static IndexEntry entry(JsonNode line, String crate) {
        if (!line.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String name = text(line, "name");
        String vers = text(line, "vers");
        String cksum = text(line, "cksum");
        if (name == null || vers == null) {
            throw new IllegalArgumentException("no 'name' or 'vers'");
        }
        if (!name.equalsIgnoreCase(crate)) {
            throw new IllegalArgumentException("crate '" + name + "' in the file of '" + crate + "'");
        }
        SemVer semver = SemVer.tryParse(vers);
        if (semver == null) {
            throw new IllegalArgumentException("'vers' is not a semantic version: '" + vers + "'");
        }
        if (cksum == null || !SHA256.matcher(cksum).matches()) {
            throw new IllegalArgumentException("'cksum' is not a SHA-256: '" + cksum + "'");
        }
        JsonNode yanked = line.get("yanked");
        if (yanked != null && !yanked.isNull() && !yanked.isBoolean()) {
            throw new IllegalArgumentException("'yanked' is not true or false");
        }
        return new IndexEntry(name, vers, semver, cksum.toLowerCase(Locale.ROOT), yanked != null && yanked.asBoolean());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private static Problem problem(String source, int line, String message) {
        return new Problem(STAGE, source, line, "line skipped: " + message);
    }
}
