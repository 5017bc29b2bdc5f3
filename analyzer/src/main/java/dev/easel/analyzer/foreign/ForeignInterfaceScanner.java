package dev.easel.analyzer.foreign;

import dev.easel.analyzer.cfg.CfgSet;
import dev.easel.analyzer.lexer.ModDecl;
import dev.easel.analyzer.lexer.ModuleFiles;
import dev.easel.analyzer.lexer.RustLexer;
import dev.easel.analyzer.lexer.Tokens;
import dev.easel.analyzer.model.ForeignInterface;
import dev.easel.analyzer.model.ForeignInterface.Basis;
import dev.easel.analyzer.model.ForeignInterface.Declaration;
import dev.easel.analyzer.model.ForeignInterface.LinkAttribute;
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
 * Finds a crate's foreign interface for one target ({@link ForeignInterface}) in one of two ways:
 * <ul>
 *   <li>{@link #compiled}: the source files a build compiled (rustc's dep-info lists them, generated ones under
 *       {@code OUT_DIR} included), each read with the build's configuration;</li>
 *   <li>{@link #fromSource}: no build; the library's module tree is walked from its root, following only the
 *       {@code mod} declarations the configuration keeps, {@code cfg_if!} branches and {@code #[path]} included.</li>
 * </ul>
 * Unreadable files and predicates are reported as {@link Problem}s with file and line; nothing here throws for bad
 * input.
 */
public final class ForeignInterfaceScanner {

    /** Larger files (generated bindings are big, but not this big) are left out and reported. */
    static final long MAX_FILE_BYTES = 64L << 20;

    private ForeignInterfaceScanner() {
    }

    /**
     * The foreign interface of the files a build compiled.
     *
     * @param crateDir the crate folder (names files relative to it)
     * @param files    the files rustc compiled; non-Rust ones ({@code include_str!} data) are skipped
     * @param outDir   the crate's build-script {@code OUT_DIR}, named {@code $OUT_DIR} in file names; null when none
     * @param cfg      the build's configuration: target, features, the build script's cfgs
     * @param target   the target triple
     */
    public static ForeignInterface compiled(Path crateDir, List<Path> files, Path outDir, CfgSet cfg, String target,
                                            List<Problem> problems) {
        Tally tally = new Tally();
        for (Path f : files) {
            if (f.getFileName() != null && f.getFileName().toString().endsWith(".rs")) {
                tally.read(f, displayName(crateDir, outDir, f), cfg, problems);
            }
        }
        return tally.result(target, Basis.COMPILED, cfg);
    }

    /**
     * The foreign interface of the library's module tree, read from source.
     *
     * @param root   the library's root file relative to the crate folder ({@code src/lib.rs})
     * @param cfg    the configuration to evaluate against; null evaluates nothing ({@link Basis#UNEVALUATED})
     * @param target the target triple {@code cfg} describes; null when {@code cfg} is
     */
    public static ForeignInterface fromSource(Path crateDir, String root, CfgSet cfg, String target,
                                              List<Problem> problems) {
        record Pending(Path file, boolean modRs) {
        }
        Tally tally = new Tally();
        Path start = crateDir.resolve(root).normalize();
        ArrayDeque<Pending> queue = new ArrayDeque<>();
        Set<Path> seen = new HashSet<>();
        if (Files.isRegularFile(start)) {
            queue.add(new Pending(start, true));
            seen.add(start);
        } else {
            problems.add(new Problem(Problem.Stage.SOURCE, root, 0, "library root not found"));
        }
        while (!queue.isEmpty()) {
            Pending p = queue.poll();
            String name = displayName(crateDir, null, p.file());
            for (ModDecl d : tally.read(p.file(), name, cfg, problems)) {
                ModuleFiles.Resolved r = ModuleFiles.resolve(p.file(), p.modRs(), d);
                if (r == null) {
                    problems.add(new Problem(Problem.Stage.SOURCE, name, 0, "no file for `mod " + d.name() + ";`"));
                } else if (seen.add(r.file().normalize())) {
                    queue.add(new Pending(r.file().normalize(), r.modRs()));
                }
            }
        }
        return tally.result(target, cfg == null ? Basis.UNEVALUATED : Basis.SOURCE, cfg);
    }

    private static String displayName(Path crateDir, Path outDir, Path file) {
        Path f = file.toAbsolutePath().normalize();
        Path crate = crateDir.toAbsolutePath().normalize();
        if (f.startsWith(crate)) {
            return crate.relativize(f).toString().replace('\\', '/');
        }
        if (outDir != null && f.startsWith(outDir.toAbsolutePath().normalize())) {
            return "$OUT_DIR/" + outDir.toAbsolutePath().normalize().relativize(f).toString().replace('\\', '/');
        }
        return f.toString();
    }

    /** Running totals over the files read. */
    private static final class Tally {
        int externBlocks;
        final List<Declaration> declarations = new ArrayList<>();
        final List<LinkAttribute> links = new ArrayList<>();

        /** Reads one file; returns its active out-of-line module declarations. */
        List<ModDecl> read(Path file, String name, CfgSet cfg, List<Problem> problems) {
            byte[] bytes;
            try {
                if (Files.size(file) > MAX_FILE_BYTES) {
                    problems.add(new Problem(Problem.Stage.SOURCE, name, 0, "file larger than " + MAX_FILE_BYTES
                            + " bytes: its foreign declarations are not read"));
                    return List.of();
                }
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                problems.add(new Problem(Problem.Stage.SOURCE, name, 0, "cannot read: " + e.getMessage()));
                return List.of();
            }
            try {
                // the unsafe scan reports lexer problems of the crate's files already
                Tokens tokens = RustLexer.lex(bytes, bytes.length, name, new ArrayList<>());
                ForeignItemWalker w = new ForeignItemWalker(tokens, name, cfg, problems);
                w.walkFile();
                externBlocks += w.externBlocks;
                declarations.addAll(w.declarations);
                links.addAll(w.links);
                return w.modules;
            } catch (RuntimeException | StackOverflowError e) {
                // a bug of ours must not end the run: report it against the file and go on
                problems.add(new Problem(Problem.Stage.SOURCE, name, 0, "reading foreign declarations failed: " + e));
                return List.of();
            }
        }

        ForeignInterface result(String target, Basis basis, CfgSet cfg) {
            List<String> features = cfg == null ? List.of() : List.copyOf(cfg.features());
            return new ForeignInterface(target, basis, features, externBlocks, declarations.size(), declarations,
                    links);
        }
    }
}
