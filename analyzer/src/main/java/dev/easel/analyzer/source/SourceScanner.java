package dev.easel.analyzer.source;

import dev.easel.analyzer.lexer.ModuleTree;
import dev.easel.analyzer.buildscript.BuildScriptCensus;
import dev.easel.analyzer.intake.CrateFiles;
import dev.easel.analyzer.lexer.ModDecl;
import dev.easel.analyzer.lexer.ModuleFiles;
import dev.easel.analyzer.lexer.RustLexer;
import dev.easel.analyzer.lexer.Tokens;
import dev.easel.analyzer.model.BuildScriptEffects;
import dev.easel.analyzer.model.NativeCode;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.UnsafeRules;
import dev.easel.analyzer.nativecode.BuildMechanisms;
import dev.easel.analyzer.nativecode.NativeCodeCensus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one entry point of the source scan: counts {@code unsafe} in a crate folder (geiger's five counters and
 * easel's extras), takes the census of the native code it bundles, and infers what its build script does
 * ({@link BuildScriptCensus}). Works from source alone, no build needed.
 * Never throws for bad input: unreadable or malformed files are counted as far as possible and reported as
 * {@link Problem}s with file and line.
 */
public final class SourceScanner {
    private static final Logger LOG = LoggerFactory.getLogger(SourceScanner.class);
    /** Larger files (generated tables) are counted up to this size, the rest is reported and left out. */
    static final int MAX_FILE_BYTES = 16 << 20;

    private final SourceScanOptions options;

    public SourceScanner(SourceScanOptions options) {
        this.options = options == null ? SourceScanOptions.defaults() : options;
    }

    /** Shortcut for {@code new SourceScanner(options).scan(crateDir)}. */
    public static SourceScan scan(Path crateDir, SourceScanOptions options) {
        return new SourceScanner(options).scan(crateDir);
    }

    public SourceScan scan(Path crateDir) {
        List<Problem> problems = new ArrayList<>();
        CrateFiles files;
        try {
            files = CrateFiles.list(crateDir);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(Problem.Stage.SOURCE, crateDir.toString(), 0, "cannot list crate folder: " + e.getMessage()));
            return new SourceScan(new UnsafeTally().toCounters().withRules(options.rules()),
                    new NativeCode(null, null, null), null, problems);
        }
        CrateRoots roots = CrateRoots.find(crateDir);
        String buildScript = options.buildScript() != null ? options.buildScript() : roots.buildScript();

        UnsafeTally tally = new UnsafeTally();
        if (options.usedFilesOnly()) {
            List<String> starts = new ArrayList<>(roots.targets());
            if (buildScript != null) {
                starts.add(buildScript);
            }
            followModules(crateDir, starts, tally, problems);
        } else {
            for (Path f : files.rustFiles()) {
                String rel = files.relative(f);
                countFile(f, rel, modulePathOf(rel), tally, problems);
            }
        }

        NativeCode nativeCode;
        BuildScriptEffects effects = null;
        try {
            NativeCodeCensus.Census census = NativeCodeCensus.count(files, problems);
            // the build script's module tree is lexed once, for its native mechanisms and its effects
            List<ModuleTree.LexedFile> buildFiles = buildScript == null ? List.of()
                    : ModuleTree.read(crateDir, buildScript, problems);
            List<String> mechanisms = BuildMechanisms.detect(buildFiles, options.buildDependencies());
            nativeCode = new NativeCode(census.languages(), census.topFolders(), mechanisms);
            if (buildScript != null) {
                effects = BuildScriptCensus.infer(crateDir, buildScript, buildFiles, options.buildDependencies());
            }
        } catch (RuntimeException e) {
            problems.add(new Problem(Problem.Stage.SOURCE, crateDir.toString(), 0, "native code census failed: " + e));
            nativeCode = new NativeCode(null, null, null);
        }
        return new SourceScan(tally.toCounters().withRules(options.rules()), nativeCode, effects, problems);
    }

    /**
     * Counts one file into {@code tally}; returns its out-of-line module declarations (empty when unreadable).
     */
    static List<ModDecl> countFile(Path file, String rel, String modulePath, UnsafeTally tally,
                                   List<Problem> problems, UnsafeRules rules) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | OutOfMemoryError e) {
            problems.add(new Problem(Problem.Stage.SOURCE, rel, 0, "cannot read: " + e.getMessage()));
            tally.filesWithErrors++;
            return List.of();
        }
        return countBytes(bytes, rel, modulePath, tally, problems, rules);
    }

    private List<ModDecl> countFile(Path file, String rel, String modulePath, UnsafeTally tally,
                                    List<Problem> problems) {
        return countFile(file, rel, modulePath, tally, problems, options.rules());
    }

    /** Lexes and counts one file's bytes under {@code rules}; the public hook for tests and benchmarks. */
    public static List<ModDecl> countBytes(byte[] bytes, String rel, String modulePath, UnsafeTally tally,
                                           List<Problem> problems, UnsafeRules rules) {
        return countBytes(bytes, rel, modulePath, tally, problems, WalkRules.of(rules));
    }

    static List<ModDecl> countBytes(byte[] bytes, String rel, String modulePath, UnsafeTally tally,
                                    List<Problem> problems, WalkRules rules) {
        int before = problems.size();
        int length = bytes.length;
        if (length > MAX_FILE_BYTES) {
            length = MAX_FILE_BYTES;
            while (length > 0 && bytes[length - 1] != '\n') {
                length--;
            }
            problems.add(new Problem(Problem.Stage.SOURCE, rel, 0, "file of " + bytes.length + " bytes: only the first "
                    + length + " bytes are counted"));
        }
        tally.filesScanned++;
        List<ModDecl> mods;
        try {
            Tokens tokens = RustLexer.lex(bytes, length, rel, problems);
            mods = new UnsafeWalker(tokens, rel, modulePath, rules, tally, problems).walkFile();
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours must not end the run: report it against the file and go on
            LOG.warn("counting {} failed", rel, e);
            problems.add(new Problem(Problem.Stage.SOURCE, rel, 0, "counting failed: " + e));
            mods = List.of();
        }
        if (problems.size() > before) {
            tally.filesWithErrors++;
        }
        return mods;
    }

    /** {@code src/foo/bar.rs} → {@code foo::bar}; crate roots and {@code mod.rs} name their folder's module. */
    static String modulePathOf(String rel) {
        String p = rel.endsWith(".rs") ? rel.substring(0, rel.length() - 3) : rel;
        if (p.startsWith("src/")) {
            p = p.substring(4);
            if (p.equals("lib") || p.equals("main")) {
                return "";
            }
            if (p.startsWith("bin/")) {
                int slash = p.indexOf('/', 4);
                p = slash < 0 ? "" : p.substring(slash + 1);
                if (p.equals("main")) {
                    return "";
                }
            }
        }
        if (p.endsWith("/mod")) {
            p = p.substring(0, p.length() - 4);
        }
        return p.replace("/", "::");
    }

    /** The usedFilesOnly walk: from the roots, follow {@code mod x;} to the files rustc would load. */
    private void followModules(Path crateDir, List<String> starts, UnsafeTally tally, List<Problem> problems) {
        record Pending(Path file, boolean modRs, String modulePath) {
        }
        ArrayDeque<Pending> queue = new ArrayDeque<>();
        Set<Path> seen = new HashSet<>();
        for (String s : starts) {
            Path f = crateDir.resolve(s).normalize();
            if (Files.isRegularFile(f) && seen.add(f)) {
                queue.add(new Pending(f, true, ""));
            }
        }
        while (!queue.isEmpty()) {
            Pending p = queue.poll();
            String rel = crateDir.relativize(p.file()).toString().replace('\\', '/');
            List<ModDecl> decls = countFile(p.file(), rel, p.modulePath(), tally, problems);
            for (ModDecl d : decls) {
                if (d.cfgTest() && !options.includeTests()) {
                    continue;
                }
                ModuleFiles.Resolved r = ModuleFiles.resolve(p.file(), p.modRs(), d);
                if (r == null) {
                    problems.add(new Problem(Problem.Stage.SOURCE, rel, 0, "no file for `mod " + d.name() + ";`"));
                    continue;
                }
                if (seen.add(r.file().normalize())) {
                    String child = ModuleFiles.childPath(p.modulePath(), d);
                    queue.add(new Pending(r.file().normalize(), r.modRs(), child));
                }
            }
        }
    }
}
