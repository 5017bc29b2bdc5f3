package dev.easel.analyzer.build;

import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a Cargo.toml for a work copy, line by line so that everything else stays byte for byte:
 * drops every dev-dependency table ({@code [dev-dependencies]}, {@code [dev-dependencies.foo]},
 * {@code [target.'cfg(x)'.dev-dependencies]}, the legacy {@code dev_dependencies}), because cargo resolves
 * dev-dependencies for the lock file and an offline registry rarely holds them; turns relative dependency
 * {@code path}s absolute, so path dependencies still resolve from the copy; drops {@code package.workspace}
 * and makes the copy its own workspace root, so cargo never wanders into folders above the copy.
 * The result is checked with tomlj; when the rewrite would break the file the original text is kept.
 */
public final class ManifestRewriter {

    private static final Set<String> DEV_KEYS = Set.of("dev-dependencies", "dev_dependencies");
    private static final Set<String> DEP_KEYS = Set.of("dependencies", "build-dependencies", "build_dependencies");
    private static final Pattern PATH_VALUE = Pattern.compile(
            "(^|[\\s{,.])path(\\s*=\\s*)(\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)')");
    private static final Pattern PACKAGE_WORKSPACE = Pattern.compile("^\\s*workspace\\s*=.*$");

    /**
     * The rewritten manifest.
     *
     * @param text                    the new Cargo.toml text
     * @param devDependenciesDropped  true when at least one dev-dependency table was removed
     * @param pathDependencies        absolute folders of path dependencies (and patches) it names
     * @param problem                 why the rewrite was abandoned, or null
     */
    public record Rewrite(String text, boolean devDependenciesDropped, List<Path> pathDependencies, String problem) {
    }

    private ManifestRewriter() {
    }

    /** @param originalDir the folder the manifest came from: relative paths are resolved against it */
    public static Rewrite rewrite(String text, Path originalDir) {
        List<String> out = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        boolean dropped = false;
        boolean hasWorkspace = false;
        List<String> section = List.of();
        String multiline = null; // the open delimiter of a multi-line string, or null
        for (String line : text.split("\n", -1)) {
            if (multiline == null && isHeader(line)) {
                section = headerKeys(line);
                if (!section.isEmpty() && section.get(0).equals("workspace")) {
                    hasWorkspace = true;
                }
                if (section.stream().anyMatch(DEV_KEYS::contains)) {
                    dropped = true;
                }
            }
            boolean dev = section.stream().anyMatch(DEV_KEYS::contains);
            String kept = line;
            if (multiline == null && !dev) {
                if (isDependencySection(section)) {
                    kept = absolutePaths(line, originalDir, paths);
                } else if (section.equals(List.of("package")) && PACKAGE_WORKSPACE.matcher(line).matches()) {
                    kept = null;
                }
            }
            multiline = multilineState(line, multiline);
            if (!dev && kept != null) {
                out.add(kept);
            }
        }
        String result = String.join("\n", out);
        if (!hasWorkspace) {
            result = result + (result.endsWith("\n") ? "" : "\n")
                    + "\n# added by easel: the work copy is its own workspace\n[workspace]\n";
        }
        TomlParseResult before = Toml.parse(text);
        TomlParseResult after = Toml.parse(result);
        if (!before.hasErrors() && (after.hasErrors() || stillHasDevDependencies(after))) {
            String why = after.hasErrors() ? after.errors().get(0).toString() : "dev-dependencies left after rewrite";
            return new Rewrite(text, false, List.of(), "manifest rewrite abandoned: " + why);
        }
        return new Rewrite(result, dropped, List.copyOf(paths), null);
    }

    private static boolean stillHasDevDependencies(TomlParseResult toml) {
        for (String k : DEV_KEYS) {
            if (toml.contains(List.of(k))) {
                return true;
            }
        }
        TomlTable target = toml.getTable("target");
        if (target != null) {
            for (String platform : target.keySet()) {
                TomlTable t = target.getTable(List.of(platform));
                if (t != null && DEV_KEYS.stream().anyMatch(k -> t.contains(List.of(k)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDependencySection(List<String> section) {
        if (section.isEmpty()) {
            return false;
        }
        if (section.get(0).equals("patch") || section.get(0).equals("replace")) {
            return true;
        }
        return section.stream().anyMatch(DEP_KEYS::contains);
    }

    private static String absolutePaths(String line, Path originalDir, List<Path> paths) {
        String code = stripComment(line);
        Matcher m = PATH_VALUE.matcher(code);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String value = m.group(4) != null ? unescape(m.group(4)) : m.group(5);
            Path abs = originalDir.resolve(value).toAbsolutePath().normalize();
            paths.add(abs);
            sb.append(code, last, m.start()).append(m.group(1)).append("path").append(m.group(2))
                    .append(tomlString(abs.toString()));
            last = m.end();
        }
        if (last == 0) {
            return line;
        }
        sb.append(line.substring(last));
        return sb.toString();
    }

    private static String tomlString(String s) {
        return s.indexOf('\'') < 0 ? "'" + s + "'" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String unescape(String s) {
        return s.replace("\\\\", "\u0000").replace("\\\"", "\"").replace("\u0000", "\\");
    }

    /** The line up to a # that is outside strings (the comment is kept by the caller through substring). */
    private static String stripComment(String line) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static boolean isHeader(String line) {
        return line.stripLeading().startsWith("[");
    }

    /** The dotted key of a [table] or [[array]] header, quotes removed: [target.'cfg(unix)'.dev-dependencies]. */
    static List<String> headerKeys(String line) {
        String s = line.strip();
        int i = s.startsWith("[[") ? 2 : 1;
        List<String> keys = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c) {
                    if (c == '"' && s.charAt(j) == '\\') {
                        j++;
                    }
                    j++;
                }
                cur.append(s, i + 1, Math.min(j, s.length()));
                i = j + 1;
                continue;
            }
            if (c == ']') {
                break;
            }
            if (c == '.') {
                keys.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
            i++;
        }
        keys.add(cur.toString().strip());
        return keys;
    }

    /** Tracks whether a line leaves a multi-line string (""" or ''') open. */
    private static String multilineState(String line, String open) {
        String state = open;
        int i = 0;
        String code = state == null ? stripComment(line) : line;
        while (i < code.length()) {
            if (state != null) {
                int end = code.indexOf(state, i);
                if (end < 0) {
                    return state;
                }
                i = end + 3;
                state = null;
            } else {
                int d = code.indexOf("\"\"\"", i);
                int s = code.indexOf("'''", i);
                if (d < 0 && s < 0) {
                    return null;
                }
                int at = d < 0 ? s : s < 0 ? d : Math.min(d, s);
                state = code.substring(at, at + 3);
                i = at + 3;
            }
        }
        return state;
    }
}
