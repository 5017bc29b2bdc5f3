package dev.easel.analyzer.buildscript;

import dev.easel.analyzer.lexer.ModuleTree;
import dev.easel.analyzer.lexer.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a path expression of a build script points, from its tokens and the {@code let} bindings it uses: into
 * {@code OUT_DIR}, the package folder, the host (absolute paths, {@code ..}, the home or temporary folder), or
 * unknown. Bindings are tracked by name over the whole script (no scopes): {@code let out = env::var("OUT_DIR")…;
 * let dest = Path::new(&out).join("gen.rs");} makes {@code dest} an OUT_DIR path of Rust source. An
 * over-approximation, which is what a census of possible effects wants.
 */
final class PathFlow {

    static final int OUT_DIR = 1;
    /** CARGO_MANIFEST_DIR: the package folder. */
    static final int PACKAGE = 2;
    /** An absolute host path, {@code ..}, the home or temporary folder. */
    static final int HOST = 4;
    /** A string literal naming a {@code .rs} file. */
    static final int RUST_SOURCE = 8;

    /** First folders of absolute paths on Unix hosts (and macOS, MSYS), so "/include" suffixes are not taken. */
    private static final Pattern HOST_PATH = Pattern.compile(
            "^(/(usr|opt|etc|lib|lib32|lib64|libx32|bin|sbin|var|proc|sys|home|root|srv|mnt|media|snap|nix|gnu|run|tmp"
                    + "|boot|Library|System|Applications|Users|Volumes|private|mingw32|mingw64|msys64|ucrt64|clang64)"
                    + "(/.*)?|[A-Za-z]:[\\\\/].*)$");
    private static final Set<String> HOST_ENV = Set.of("HOME", "USERPROFILE", "TMPDIR", "TEMP", "TMP", "XDG_CACHE_HOME",
            "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA");

    private final Map<String, Integer> bindings = new HashMap<>();
    private final boolean readsOutDir;

    PathFlow(List<ModuleTree.LexedFile> files) {
        boolean out = false;
        for (ModuleTree.LexedFile f : files) {
            Tokens t = f.tokens();
            for (int i = 0; i < t.size(); i++) {
                out |= t.kind(i) == Tokens.STRING && t.stringValue(i).equals("OUT_DIR");
            }
        }
        this.readsOutDir = out;
        // bindings feed each other across statements and files: a few rounds reach the fixpoint in practice
        for (int round = 0; round < 3; round++) {
            for (ModuleTree.LexedFile f : files) {
                bind(f.tokens());
            }
        }
    }

    /** True when the script names OUT_DIR anywhere: its unresolved writes are taken to go there. */
    boolean readsOutDir() {
        return readsOutDir;
    }

    /** True for an absolute host path such as /usr/include or C:\\, not for "/" or a "/lib" suffix. */
    static boolean isHostPath(String s) {
        return HOST_PATH.matcher(s).matches();
    }

    /** True for a relative path that climbs out of where it starts: {@code ../x}, {@code ..}. */
    static boolean climbs(String s) {
        return s.equals("..") || s.startsWith("../") || s.startsWith("..\\") || s.contains("/../");
    }

    /** The flags of the tokens {@code [from, to)}, nested groups included. */
    int flags(Tokens t, int from, int to) {
        int f = 0;
        for (int i = from; i < to; i++) {
            if (t.kind(i) == Tokens.STRING) {
                String v = t.stringValue(i);
                if (v.equals("OUT_DIR")) {
                    f |= OUT_DIR;
                } else if (v.equals("CARGO_MANIFEST_DIR")) {
                    f |= PACKAGE;
                } else if (HOST_ENV.contains(v) || isHostPath(v) || climbs(v)) {
                    f |= HOST;
                }
                if (v.endsWith(".rs")) {
                    f |= RUST_SOURCE;
                }
            } else if (t.isIdentLike(i)) {
                String name = t.identName(i);
                if (name.equals("temp_dir") || name.equals("home_dir") || name.equals("cache_dir")) {
                    f |= HOST;
                } else if (!t.isPathSep(i + 1) && !(i > 0 && t.isPunct(i - 1, '.'))) {
                    f |= bindings.getOrDefault(name, 0);
                }
            }
        }
        return f;
    }

    /**
     * {@code let [mut] name [: Type] = expr;}, {@code [if] let Ok(name) = expr} and {@code name = expr;}: name takes
     * the flags of expr.
     */
    private void bind(Tokens t) {
        for (int i = 0; i < t.size(); i++) {
            int nameAt;
            if (t.isIdentLike(i) && t.identName(i).equals("let")) {
                nameAt = t.isIdentLike(i + 1) && t.identName(i + 1).equals("mut") ? i + 2 : i + 1;
            } else if (t.isIdentLike(i) && t.isPunct(i + 1, '=') && (i == 0 || t.isPunct(i - 1, ';')
                    || t.kind(i - 1) == Tokens.OPEN || t.kind(i - 1) == Tokens.CLOSE)) {
                nameAt = i;
            } else {
                continue;
            }
            if (!t.isIdentLike(nameAt)) {
                continue;
            }
            int eq = nameAt + 1;
            if (t.isOpen(eq, '(') && t.partner(eq) == eq + 2 && t.isIdentLike(eq + 1)) {
                nameAt = eq + 1; // let Ok(home) = …, if let Some(dir) = …
                eq += 3;
            }
            if (t.isPunct(eq, ':')) {
                eq = statementEnd(t, eq, '=');
            }
            if (!t.isPunct(eq, '=')) {
                continue;
            }
            boolean condition = i > 0 && t.isIdentLike(i - 1)
                    && (t.identName(i - 1).equals("if") || t.identName(i - 1).equals("while"));
            int end = condition ? blockStart(t, eq + 1) : statementEnd(t, eq + 1, ';');
            int f = flags(t, eq + 1, end);
            if (f != 0) {
                bindings.merge(t.identName(nameAt), f, (a, b) -> a | b);
            }
        }
    }

    /** The '{' that opens the body of {@code if let … = expr {}: the end of expr. */
    private static int blockStart(Tokens t, int from) {
        int i = from;
        while (i < t.size() && !t.isOpen(i, '{') && t.kind(i) != Tokens.CLOSE) {
            i = t.kind(i) == Tokens.OPEN && t.partner(i) > i ? t.partner(i) + 1 : i + 1;
        }
        return i;
    }

    /** The index of {@code stop} at this nesting depth (groups are jumped over), or of the enclosing group's end. */
    static int statementEnd(Tokens t, int from, char stop) {
        int i = from;
        while (i < t.size()) {
            if (t.isPunct(i, stop) || t.kind(i) == Tokens.CLOSE) {
                return i;
            }
            if (t.kind(i) == Tokens.OPEN && t.partner(i) > i) {
                i = t.partner(i);
            }
            i++;
        }
        return i;
    }
}
