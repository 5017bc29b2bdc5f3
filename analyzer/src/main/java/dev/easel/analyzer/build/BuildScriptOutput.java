package dev.easel.analyzer.build;

import dev.easel.analyzer.model.LinkedLibrary;
import dev.easel.analyzer.model.Problem;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What one build script told cargo, parsed from its {@code output} file ({@code target/.../build/<pkg>-<hash>/output}):
 * every {@code cargo:} and {@code cargo::} instruction.
 *
 * @param packageName    the package whose build script it is
 * @param packageVersion its version
 * @param links          the package's manifest {@code links} value, or null
 * @param outputFile     the file read
 * @param linkLibs       rustc-link-lib (and -l of rustc-flags)
 * @param linkSearch     rustc-link-search values, [KIND=]PATH as written
 * @param cfgs           rustc-cfg values
 * @param env            rustc-env values, KEY=VALUE
 * @param linkArgs       rustc-link-arg* and rustc-cdylib-link-arg values
 * @param rerunIf        rerun-if-changed and rerun-if-env-changed directives, {@code KEY=VALUE} as written
 * @param warnings       warning (and error) messages
 * @param metadata       links metadata as dependents see it: DEP_&lt;LINKS&gt;_&lt;KEY&gt; (KEY alone when no links)
 * @param problems       lines that could not be understood, with file and line
 */
public record BuildScriptOutput(
        String packageName,
        String packageVersion,
        String links,
        Path outputFile,
        List<LinkLib> linkLibs,
        List<String> linkSearch,
        List<String> cfgs,
        List<String> env,
        List<String> linkArgs,
        List<String> rerunIf,
        List<String> warnings,
        Map<String, String> metadata,
        List<Problem> problems) {

    /**
     * One {@code rustc-link-lib=[KIND[:MODIFIERS]=]NAME[:RENAME]}.
     *
     * @param kind      dylib, static, framework, or null when not given
     * @param modifiers e.g. +whole-archive,-bundle, or null
     * @param name      the library name
     * @param rename    the name it is linked under, or null
     * @param lFlag     true when given as {@code -l} in {@code cargo:rustc-flags} rather than by rustc-link-lib
     */
    public record LinkLib(String kind, String modifiers, String name, String rename, boolean lFlag) {

        public LinkLib(String kind, String modifiers, String name, String rename) {
            this(kind, modifiers, name, rename, false);
        }

        LinkLib asLFlag() {
            return new LinkLib(kind, modifiers, name, rename, true);
        }

        public static LinkLib parse(String value) {
            String kind = null;
            String modifiers = null;
            String rest = value.trim();
            int eq = rest.indexOf('=');
            if (eq >= 0) {
                String k = rest.substring(0, eq);
                rest = rest.substring(eq + 1);
                int colon = k.indexOf(':');
                kind = colon >= 0 ? k.substring(0, colon) : k;
                modifiers = colon >= 0 ? k.substring(colon + 1) : null;
            }
            String rename = null;
            int colon = rest.indexOf(':');
            if (colon >= 0) {
                rename = rest.substring(colon + 1);
                rest = rest.substring(0, colon);
            }
            return new LinkLib(kind == null || kind.isEmpty() ? null : kind, modifiers, rest, rename);
        }
    }

    private static final Set<String> INSTRUCTIONS = Set.of("rustc-link-lib", "rustc-link-search", "rustc-flags",
            "rustc-cfg", "rustc-env", "rustc-cdylib-link-arg", "rustc-link-arg", "rustc-link-arg-bin",
            "rustc-link-arg-bins", "rustc-link-arg-tests", "rustc-link-arg-examples", "rustc-link-arg-benches",
            "rerun-if-changed", "rerun-if-env-changed", "warning", "error", "rustc-check-cfg", "metadata");

    public BuildScriptOutput {
        linkLibs = List.copyOf(linkLibs);
        linkSearch = List.copyOf(linkSearch);
        cfgs = List.copyOf(cfgs);
        env = List.copyOf(env);
        linkArgs = List.copyOf(linkArgs);
        rerunIf = List.copyOf(rerunIf);
        warnings = List.copyOf(warnings);
        metadata = Map.copyOf(metadata);
        problems = List.copyOf(problems);
    }

    /** The libraries as the model's records (via build-script or l-flag), attributed to this package. */
    public List<LinkedLibrary> linkedLibraries() {
        List<LinkedLibrary> out = new ArrayList<>();
        for (LinkLib l : linkLibs) {
            out.add(new LinkedLibrary(l.name(), l.kind(),
                    l.lFlag() ? LinkedLibrary.VIA_L_FLAG : LinkedLibrary.VIA_BUILD_SCRIPT, packageName));
        }
        return out;
    }

    /** Reads {@code output}, streaming it line by line. */
    public static BuildScriptOutput parse(Path output, String packageName, String packageVersion, String links)
            throws IOException {
        List<LinkLib> libs = new ArrayList<>();
        List<String> search = new ArrayList<>();
        List<String> cfgs = new ArrayList<>();
        List<String> env = new ArrayList<>();
        List<String> args = new ArrayList<>();
        List<String> rerun = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, String> metadata = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        String prefix = links == null ? null : "DEP_" + envName(links) + "_";
        try (BufferedReader r = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                boolean newStyle = line.startsWith("cargo::");
                if (!newStyle && !line.startsWith("cargo:")) {
                    continue; // cargo ignores other lines too
                }
                String body = line.substring(newStyle ? 7 : 6);
                int eq = body.indexOf('=');
                if (eq <= 0) {
                    problems.add(new Problem(Problem.Stage.BUILD, output.toString(), n, "build script instruction without '=': " + line));
                    continue;
                }
                String key = body.substring(0, eq);
                String value = body.substring(eq + 1);
                if (!INSTRUCTIONS.contains(key) && newStyle) {
                    problems.add(new Problem(Problem.Stage.BUILD, output.toString(), n, "unknown build script instruction: " + key));
                    continue;
                }
                switch (INSTRUCTIONS.contains(key) ? key : "metadata-old") {
                    case "rustc-link-lib" -> {
                        LinkLib lib = LinkLib.parse(value);
                        if (lib.name().isEmpty()) {
                            problems.add(new Problem(Problem.Stage.BUILD, output.toString(), n, "rustc-link-lib without a name"));
                        } else {
                            libs.add(lib);
                        }
                    }
                    case "rustc-link-search" -> search.add(value);
                    case "rustc-flags" -> parseFlags(value, libs, search);
                    case "rustc-cfg" -> cfgs.add(value);
                    case "rustc-env" -> env.add(value);
                    case "rustc-cdylib-link-arg", "rustc-link-arg", "rustc-link-arg-bin", "rustc-link-arg-bins",
                         "rustc-link-arg-tests", "rustc-link-arg-examples", "rustc-link-arg-benches" -> args.add(value);
                    case "warning", "error" -> warnings.add(value);
                    case "rerun-if-changed", "rerun-if-env-changed" -> rerun.add(key + "=" + value);
                    case "metadata" -> {
                        int e2 = value.indexOf('=');
                        if (e2 <= 0) {
                            problems.add(new Problem(Problem.Stage.BUILD, output.toString(), n, "metadata without KEY=VALUE: " + line));
                        } else {
                            putMetadata(metadata, prefix, value.substring(0, e2), value.substring(e2 + 1));
                        }
                    }
                    case "metadata-old" -> putMetadata(metadata, prefix, key, value);
                    default -> {
                        // rustc-check-cfg: about linting, not about what is linked
                    }
                }
            }
        }
        return new BuildScriptOutput(packageName, packageVersion, links, output, libs, search, cfgs, env, args,
                rerun, warnings, metadata, problems);
    }

    private static void putMetadata(Map<String, String> metadata, String prefix, String key, String value) {
        metadata.put(prefix == null ? key : prefix + envName(key), value);
    }

    private static String envName(String s) {
        return s.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** rustc-flags allows only -l and -L, with or without a space. */
    private static void parseFlags(String value, List<LinkLib> libs, List<String> search) {
        String[] parts = value.trim().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            String arg;
            boolean lib = p.startsWith("-l");
            if (!lib && !p.startsWith("-L")) {
                continue;
            }
            if (p.length() > 2) {
                arg = p.substring(2);
            } else if (i + 1 < parts.length) {
                arg = parts[++i];
            } else {
                continue;
            }
            if (lib) {
                libs.add(LinkLib.parse(arg).asLFlag());
            } else {
                search.add(arg);
            }
        }
    }
}
