package dev.easel.analyzer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.analyzer.model.Problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads cargo's {@code --message-format=json} stream line by line: which files the root's library target produced
 * (their name carries the hash that the .ll and .mir share, which is how the right files are found in a target
 * folder reused by many crates), which build scripts ran and where, and the rendered text of rustc's errors (which
 * in JSON mode go to stdout, not stderr).
 *
 * @param rootArtifacts   files of the root package's library target, as cargo reported them
 * @param rootBuildDirs   build folders (script binary and out dir parents) belonging to the root package
 * @param buildScripts    package id to OUT_DIR of every build script that ran (or was fresh) in this build
 * @param problems        lines that were not JSON
 * @param rootFresh       true when cargo reported the root's library fresh (up to date, so rustc did not run)
 * @param rootFeatures    the features the root's library was compiled with (from its compiler-artifact message);
 *                        empty when none was reported
 * @param rootCfgs        the {@code rustc-cfg} values of the root's build script (from build-script-executed)
 * @param failedPackages  package ids whose compilation reported errors, in order of their first error
 */
public record CargoMessages(List<Path> rootArtifacts, List<Path> rootBuildDirs, Map<String, Path> buildScripts,
                            List<Problem> problems, boolean rootFresh, List<String> rootFeatures,
                            List<String> rootCfgs, List<String> failedPackages) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param stdout      cargo's JSON messages
     * @param rootId      the root package id
     * @param diagnostics receives the rendered text of error-level compiler messages
     */
    public static CargoMessages read(Path stdout, String rootId, Writer diagnostics) throws IOException {
        List<Path> artifacts = new ArrayList<>();
        List<Path> buildDirs = new ArrayList<>();
        Map<String, Path> scripts = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        boolean fresh = false;
        List<String> features = new ArrayList<>();
        List<String> cfgs = new ArrayList<>();
        Set<String> failed = new LinkedHashSet<>();
        try (BufferedReader r = Files.newBufferedReader(stdout, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.startsWith("{")) {
                    if (!line.isBlank() && problems.size() < 20) {
                        problems.add(new Problem(Problem.Stage.BUILD, stdout.toString(), n, "not a cargo JSON message: " + line));
                    }
                    continue;
                }
                JsonNode m;
                try {
                    m = MAPPER.readTree(line);
                } catch (IOException e) {
                    problems.add(new Problem(Problem.Stage.BUILD, stdout.toString(), n, "bad cargo JSON message: " + e.getMessage()));
                    continue;
                }
                String reason = m.path("reason").asText();
                String pkg = m.path("package_id").asText();
                switch (reason) {
                    case "compiler-artifact" -> {
                        if (!pkg.equals(rootId)) {
                            break;
                        }
                        List<String> kinds = new ArrayList<>();
                        m.path("target").path("kind").forEach(k -> kinds.add(k.asText()));
                        if (kinds.contains("custom-build")) {
                            m.path("filenames").forEach(f -> buildDirs.add(Path.of(f.asText()).getParent()));
                        } else if (!kinds.contains("bin")) {
                            m.path("filenames").forEach(f -> artifacts.add(Path.of(f.asText())));
                            fresh = m.path("fresh").asBoolean(false);
                            features.clear();
                            m.path("features").forEach(f -> features.add(f.asText()));
                        }
                    }
                    case "build-script-executed" -> {
                        Path outDir = Path.of(m.path("out_dir").asText());
                        scripts.put(pkg, outDir);
                        if (pkg.equals(rootId)) {
                            buildDirs.add(outDir.getParent());
                            m.path("cfgs").forEach(c -> cfgs.add(c.asText()));
                        }
                    }
                    case "compiler-message" -> {
                        JsonNode msg = m.path("message");
                        if ("error".equals(msg.path("level").asText())) {
                            if (!pkg.isEmpty()) {
                                failed.add(pkg);
                            }
                            if (msg.path("rendered").isTextual()) {
                                diagnostics.write(msg.path("rendered").asText());
                                diagnostics.write("\n");
                            }
                        }
                    }
                    default -> {
                        // build-finished, warnings-only messages: nothing to keep
                    }
                }
            }
        }
        return new CargoMessages(List.copyOf(artifacts), List.copyOf(buildDirs), scripts, List.copyOf(problems), fresh,
                List.copyOf(features), List.copyOf(cfgs), List.copyOf(failed));
    }

    /**
     * The hash cargo gave the root library's outputs, from a {@code deps/lib<name>-<hash>.<ext>} or
     * {@code deps/<name>-<hash>.<ext>} file name; null when no such artifact was reported.
     */
    public String rootHash(String libName) {
        for (Path p : rootArtifacts) {
            if (p.getParent() == null || !p.getParent().getFileName().toString().equals("deps")) {
                continue;
            }
            String f = p.getFileName().toString();
            for (String prefix : List.of("lib" + libName + "-", libName + "-")) {
                if (f.startsWith(prefix)) {
                    String rest = f.substring(prefix.length());
                    int dot = rest.indexOf('.');
                    String hash = dot < 0 ? rest : rest.substring(0, dot);
                    if (hash.matches("[0-9a-f]{8,}")) {
                        return hash;
                    }
                }
            }
        }
        return null;
    }
}
