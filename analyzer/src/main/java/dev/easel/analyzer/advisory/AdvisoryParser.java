package dev.easel.analyzer.advisory;

import dev.easel.analyzer.model.Problem;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one advisory file: Markdown that starts with the TOML front matter in a {@code ```toml} fenced block
 * (advisory-db's "V3" format), followed by a {@code # } title line and the description. Every problem is located by
 * file and line of the advisory file (not of the TOML block). What is kept:
 * <ul>
 *   <li>malformed TOML, a missing {@code id}/{@code package}/{@code [versions] patched}, or a {@code [versions]}
 *       requirement that is not Cargo syntax: the advisory is skipped (its affected versions could not be known);</li>
 *   <li>an unknown field or table, a value of the wrong type, a date that is not one: reported, the field ignored;</li>
 *   <li>an {@code [affected.functions]} requirement that is not Cargo syntax: reported, that function dropped.</li>
 * </ul>
 */
public final class AdvisoryParser {

    static final Problem.Stage STAGE = Problem.Stage.ADVISORY;

    /** The fields RustSec's schema has; those easel does not keep ({@code license} …) are still not "unknown". */
    private static final Set<String> ADVISORY_FIELDS = Set.of("id", "package", "date", "url", "title", "aliases",
            "related", "categories", "keywords", "cvss", "informational", "withdrawn", "references", "license",
            "expect-deleted", "description", "source");
    private static final Set<String> VERSIONS_FIELDS = Set.of("patched", "unaffected");
    private static final Set<String> AFFECTED_FIELDS = Set.of("functions", "os", "arch");
    private static final Set<String> TABLES = Set.of("advisory", "versions", "affected");

    /**
     * @param advisory the advisory, or null when it had to be skipped
     * @param problems what was wrong, in file order
     */
    public record Parsed(Advisory advisory, List<Problem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    /** 1-based line of the opening fence: TOML line n is file line fence + n. */
    private int fence;

    private AdvisoryParser(String file) {
        this.file = file;
    }

    /**
     * @param file the file's name for messages (its path in the database folder or archive)
     * @param text the file's contents
     */
    public static Parsed parse(String file, String text) {
        AdvisoryParser p = new AdvisoryParser(file);
        Advisory a = p.run(text);
        return new Parsed(a, p.problems);
    }

    private Advisory run(String text) {
        String[] lines = text.split("\r?\n", -1);
        int open = 0;
        while (open < lines.length && lines[open].strip().isEmpty()) {
            open++;
        }
        if (open == lines.length || !lines[open].strip().equals("```toml")) {
            problem(open < lines.length ? open + 1 : 1, "does not start with a ```toml front matter block; skipped");
            return null;
        }
        int close = open + 1;
        while (close < lines.length && !lines[close].strip().equals("```")) {
            close++;
        }
        if (close == lines.length) {
            problem(open + 1, "the ```toml front matter block is never closed; skipped");
            return null;
        }
        fence = open + 1;
        StringBuilder toml = new StringBuilder();
        for (int i = open + 1; i < close; i++) {
            toml.append(lines[i]).append('\n');
        }
        TomlParseResult result = Toml.parse(toml.toString());
        if (result.hasErrors()) {
            for (TomlParseError e : result.errors()) {
                problem(at(e.position()), "malformed TOML: " + e.getMessage() + "; skipped");
            }
            return null;
        }
        String heading = null;
        for (int i = close + 1; i < lines.length && heading == null; i++) {
            if (lines[i].startsWith("# ")) {
                heading = lines[i].substring(2).strip();
            }
        }
        return read(result, heading);
    }

    private Advisory read(TomlParseResult toml, String heading) {
        for (String key : toml.keySet()) {
            if (!TABLES.contains(key)) {
                problem(at(toml.inputPositionOf(List.of(key))), "unknown field '" + key + "' (ignored)");
            }
        }
        TomlTable advisory = table(toml, "advisory");
        TomlTable versions = table(toml, "versions");
        TomlTable affected = table(toml, "affected");
        if (advisory == null) {
            problem(1, "no [advisory] table; skipped");
            return null;
        }
        unknownFields(advisory, "advisory", ADVISORY_FIELDS);
        String id = string(advisory, "id");
        String pkg = string(advisory, "package");
        if (id == null || pkg == null) {
            problem(at(toml.inputPositionOf(List.of("advisory"))),
                    "[advisory] needs 'id' and 'package'; skipped");
            return null;
        }
        String date = date(advisory, "date");
        if (date == null && !advisory.contains(List.of("date"))) {
            problem(at(toml.inputPositionOf(List.of("advisory"))), "[advisory] has no 'date'");
        }
        String title = string(advisory, "title");
        if (title == null) {
            title = heading;
        }
        if (title == null) {
            problem(fence, "no title: neither [advisory] title nor a '# ' heading after the front matter");
        }

        if (versions == null || !versions.contains(List.of("patched"))) {
            problem(versions == null ? fence : at(toml.inputPositionOf(List.of("versions"))),
                    "[versions] needs 'patched' (an empty list when there is no fix); skipped");
            return null;
        }
        unknownFields(versions, "versions", VERSIONS_FIELDS);
        List<VersionRequirement> patched = requirements(versions, "patched");
        List<VersionRequirement> unaffected = requirements(versions, "unaffected");
        if (patched == null || unaffected == null) {
            return null; // reported: without its ranges the advisory cannot say which versions it affects
        }

        List<AffectedFunction> functions = List.of();
        List<String> os = List.of();
        List<String> arch = List.of();
        if (affected != null) {
            unknownFields(affected, "affected", AFFECTED_FIELDS);
            functions = functions(affected);
            os = strings(affected, "os");
            arch = strings(affected, "arch");
        }
        return new Advisory(id, pkg, date, title, string(advisory, "url"), strings(advisory, "aliases"),
                strings(advisory, "related"), strings(advisory, "categories"), strings(advisory, "keywords"),
                strings(advisory, "references"), string(advisory, "cvss"), string(advisory, "informational"),
                date(advisory, "withdrawn"), patched, unaffected, functions, os, arch, file);
    }

    private List<AffectedFunction> functions(TomlTable affected) {
        Object value = affected.get(List.of("functions"));
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof TomlTable table)) {
            wrongType(affected, "functions", "a table of path = [requirements]");
            return List.of();
        }
        List<AffectedFunction> out = new ArrayList<>();
        for (Map.Entry<String, Object> e : table.entrySet()) {
            String path = e.getKey();
            int line = at(table.inputPositionOf(List.of(path)));
            if (!(e.getValue() instanceof TomlArray array) || !allStrings(array)) {
                problem(line, "[affected.functions] \"" + path + "\" must be a list of version requirements (ignored)");
                continue;
            }
            List<VersionRequirement> reqs = new ArrayList<>();
            boolean bad = false;
            for (int i = 0; i < array.size(); i++) {
                try {
                    reqs.add(VersionRequirement.parse(array.getString(i)));
                } catch (InvalidRequirementException ex) {
                    problem(line, "[affected.functions] \"" + path + "\": invalid version requirement '"
                            + array.getString(i) + "': " + ex.getMessage() + " (function ignored)");
                    bad = true;
                }
            }
            if (!bad) {
                out.add(new AffectedFunction(path, reqs, line));
            }
        }
        return out;
    }

    /** The requirements of a [versions] list; null (reported) when one is not Cargo syntax. */
    private List<VersionRequirement> requirements(TomlTable versions, String key) {
        Object value = versions.get(List.of(key));
        if (value == null) {
            return List.of();
        }
        int line = at(versions.inputPositionOf(List.of(key)));
        if (!(value instanceof TomlArray array) || !allStrings(array)) {
            problem(line, "[versions] " + key + " must be a list of version requirements; skipped");
            return null;
        }
        List<VersionRequirement> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                out.add(VersionRequirement.parse(array.getString(i)));
            } catch (InvalidRequirementException e) {
                problem(line, "[versions] " + key + ": invalid version requirement '" + array.getString(i) + "': "
                        + e.getMessage() + "; skipped");
                return null;
            }
        }
        return out;
    }

    private TomlTable table(TomlParseResult toml, String key) {
        Object value = toml.get(List.of(key));
        if (value == null) {
            return null;
        }
        if (value instanceof TomlTable t) {
            return t;
        }
        problem(at(toml.inputPositionOf(List.of(key))), "'" + key + "' must be a table (ignored)");
        return null;
    }

    private void unknownFields(TomlTable table, String name, Set<String> known) {
        for (String key : table.keySet()) {
            if (!known.contains(key)) {
                problem(at(table.inputPositionOf(List.of(key))), "unknown field '" + key + "' in [" + name
                        + "] (ignored)");
            }
        }
    }

    private String string(TomlTable table, String key) {
        Object value = table.get(List.of(key));
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        wrongType(table, key, "a string");
        return null;
    }

    /** A date written as a string ({@code "2024-01-21"}, as the database does) or as a TOML date. */
    private String date(TomlTable table, String key) {
        Object value = table.get(List.of(key));
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof String s) {
            try {
                return LocalDate.parse(s).toString();
            } catch (DateTimeParseException e) {
                problem(at(table.inputPositionOf(List.of(key))), "'" + key + "' is not a YYYY-MM-DD date: '" + s
                        + "' (kept as written)");
                return s;
            }
        }
        wrongType(table, key, "a date");
        return null;
    }

    private List<String> strings(TomlTable table, String key) {
        Object value = table.get(List.of(key));
        if (value == null) {
            return List.of();
        }
        if (value instanceof TomlArray array && allStrings(array)) {
            List<String> out = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                out.add(array.getString(i));
            }
            return out;
        }
        wrongType(table, key, "a list of strings");
        return List.of();
    }

    private static boolean allStrings(TomlArray array) {
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private void wrongType(TomlTable table, String key, String expected) {
        problem(at(table.inputPositionOf(List.of(key))), "'" + key + "' must be " + expected + " (ignored)");
    }

    /** The file line of a TOML position (1 when tomlj has none). */
    private int at(TomlPosition position) {
        return position == null ? fence : fence + position.line();
    }

    private void problem(int line, String message) {
        problems.add(new Problem(STAGE, file, line, message));
    }
}
