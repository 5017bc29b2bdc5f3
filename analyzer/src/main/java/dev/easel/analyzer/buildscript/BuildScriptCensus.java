package dev.easel.analyzer.buildscript;

import dev.easel.analyzer.model.BuildScriptEffects;
import dev.easel.analyzer.model.BuildScriptEffects.Basis;
import dev.easel.analyzer.lexer.ModuleTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.easel.analyzer.model.BuildScriptEffect.DOWNLOAD;

/**
 * Infers what a build script does from its module tree ({@link ModuleTree}) and its build-dependencies: the
 * {@code inferred} findings of {@link BuildScriptEffects}, each with the file and line that shows it. Inferred means
 * possible: code under any {@code cfg} counts, and a path that cannot be followed is judged by the rule in
 * docs/build-scripts.md.
 */
public final class BuildScriptCensus {

    private BuildScriptCensus() {
    }

    /**
     * @param crateDir          the crate folder (its Cargo.toml gives the build-dependencies' lines)
     * @param script            the build script relative to it
     * @param files             the script's module tree, lexed
     * @param buildDependencies the package names of its build-dependencies
     */
    public static BuildScriptEffects infer(Path crateDir, String script, List<ModuleTree.LexedFile> files,
                                           List<String> buildDependencies) {
        Findings findings = new Findings(Basis.INFERRED);
        PathFlow flow = new PathFlow(files);
        for (ModuleTree.LexedFile f : files) {
            new ScriptReader(f, flow, findings).read();
        }
        for (String dep : buildDependencies) {
            String asCode = dep.replace('-', '_');
            if (ScriptReader.HTTP_CLIENTS.contains(asCode)) {
                findings.add(DOWNLOAD, asCode, "Cargo.toml", manifestLine(crateDir.resolve("Cargo.toml"), dep));
            }
        }
        return new BuildScriptEffects(script, findings.list());
    }

    /**
     * The line of a build-dependency in Cargo.toml: its key, or its {@code [build-dependencies.name]} header, inside
     * a build-dependencies table; 0 when not found (renamed, inherited) or unreadable.
     */
    static int manifestLine(Path cargoToml, String dep) {
        List<String> lines;
        try {
            lines = Files.readAllLines(cargoToml, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        boolean inBuildDeps = false;
        for (int n = 0; n < lines.size(); n++) {
            String l = lines.get(n).strip();
            if (l.startsWith("[")) {
                String header = l.replaceAll("[\\[\\]\\s\"']", "");
                if (header.matches(".*build[-_]dependencies\\." + java.util.regex.Pattern.quote(dep))) {
                    return n + 1;
                }
                inBuildDeps = header.endsWith("build-dependencies") || header.endsWith("build_dependencies");
            } else if (inBuildDeps && l.matches(java.util.regex.Pattern.quote(dep) + "\\s*[=.].*")) {
                return n + 1;
            }
        }
        return 0;
    }
}
