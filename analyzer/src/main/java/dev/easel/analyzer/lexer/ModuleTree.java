package dev.easel.analyzer.lexer;

import dev.easel.analyzer.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files of one target's module tree, each lexed once: the root file and, transitively, the files of its
 * {@code mod name;} declarations as rustc finds them ({@link ModuleFiles}). Declarations under {@code #[cfg(…)]}
 * are followed too: a reader of the tree wants every configuration's code. Used for build scripts, whose tree is
 * small and whose every file matters.
 */
public final class ModuleTree {

    /** One file of the tree: its path relative to the crate folder and its tokens. */
    public record LexedFile(String path, Tokens tokens) {
    }

    private ModuleTree() {
    }

    /**
     * @param crateDir the crate folder
     * @param root     the root file relative to it ({@code build.rs}, {@code build/main.rs})
     * @param problems receives unreadable files, lexer problems and declarations without a file, with file and line
     * @return the files in the order reached; empty when the root does not exist
     */
    public static List<LexedFile> read(Path crateDir, String root, List<Problem> problems) {
        record Pending(Path file, boolean modRs) {
        }
        List<LexedFile> out = new ArrayList<>();
        Path start = crateDir.resolve(root).normalize();
        if (!Files.isRegularFile(start)) {
            problems.add(new Problem(Problem.Stage.SOURCE, root, 0, "build script not found"));
            return out;
        }
        ArrayDeque<Pending> queue = new ArrayDeque<>();
        Set<Path> seen = new HashSet<>();
        queue.add(new Pending(start, true));
        seen.add(start);
        while (!queue.isEmpty()) {
            Pending p = queue.poll();
            String rel = crateDir.relativize(p.file()).toString().replace('\\', '/');
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(p.file());
            } catch (IOException e) {
                problems.add(new Problem(Problem.Stage.SOURCE, rel, 0, "cannot read: " + e.getMessage()));
                continue;
            }
            Tokens tokens = RustLexer.lex(bytes, bytes.length, rel, problems);
            out.add(new LexedFile(rel, tokens));
            for (Declared d : declarations(tokens)) {
                ModuleFiles.Resolved r = ModuleFiles.resolve(p.file(), p.modRs(), d.decl());
                if (r == null) {
                    problems.add(new Problem(Problem.Stage.SOURCE, rel, d.line(), "no file for `mod " + d.decl().name() + ";`"));
                } else if (seen.add(r.file().normalize())) {
                    queue.add(new Pending(r.file().normalize(), r.modRs()));
                }
            }
        }
        return out;
    }

    private record Declared(ModDecl decl, int line) {
    }

    /**
     * The out-of-line {@code mod name;} declarations of a file with their {@code #[path]} attribute and the inline
     * {@code mod x { }} blocks around them.
     */
    static List<Declared> declarations(Tokens t) {
        List<Declared> out = new ArrayList<>();
        walk(t, 0, t.size(), new ArrayList<>(), out);
        return out;
    }

    private static void walk(Tokens t, int from, int to, List<String> parents, List<Declared> out) {
        String pathAttr = null;
        for (int i = from; i < to; i++) {
            if (t.isPunct(i, '#') && t.isOpen(i + 1, '[') && t.partner(i + 1) > 0) {
                int close = t.partner(i + 1);
                if (t.isIdentLike(i + 2) && t.identName(i + 2).equals("path") && t.isPunct(i + 3, '=')
                        && i + 4 < close && t.kind(i + 4) == Tokens.STRING) {
                    pathAttr = t.stringValue(i + 4);
                }
                i = close;
                continue;
            }
            if (t.isKw(i, Keywords.MOD) && t.isIdentLike(i + 1)) {
                String name = t.identName(i + 1);
                if (t.isPunct(i + 2, ';')) {
                    out.add(new Declared(new ModDecl(name, pathAttr, parents, false), t.line(i)));
                } else if (t.isOpen(i + 2, '{') && t.partner(i + 2) > 0) {
                    List<String> inner = new ArrayList<>(parents);
                    inner.add(pathAttr == null ? name : name + "#path=" + pathAttr);
                    walk(t, i + 3, t.partner(i + 2), inner, out);
                    i = t.partner(i + 2);
                }
                pathAttr = null;
                continue;
            }
            if (t.isKw(i, Keywords.PUB)) {
                if (t.isOpen(i + 1, '(') && t.partner(i + 1) > 0) {
                    i = t.partner(i + 1); // pub(crate) mod x;
                }
                continue; // an attribute before `pub mod` still applies
            }
            if (t.kind(i) == Tokens.OPEN && t.partner(i) > 0 && t.code(i) == '{') {
                i = t.partner(i); // function bodies and other items hold no module declarations that count here
            }
            pathAttr = null;
        }
    }
}
