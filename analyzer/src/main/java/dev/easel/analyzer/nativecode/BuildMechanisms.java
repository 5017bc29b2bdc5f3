package dev.easel.analyzer.nativecode;

import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.lexer.ModuleTree;
import dev.easel.analyzer.lexer.Tokens;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * How a build script brings native code in, read from its tokens (so comments and strings never match):
 * a crate path used in code ({@code cc::Build}, {@code cmake::Config}, {@code pkg_config::probe_library},
 * {@code bindgen::Builder}, {@code vcpkg::}, {@code autotools::}, …, or {@code use}/{@code extern crate} of them),
 * and {@code Command::new("make")}-style calls of build tools. A mechanism the manifest declares as a
 * build-dependency but the build script never uses is reported as {@code "<name> (declared only)"}. The script's
 * files are its module tree ({@link ModuleTree}): the script and the files its {@code mod} declarations name.
 */
public final class BuildMechanisms {
    /** Crate name as written in Rust code → mechanism name. */
    private static final Map<String, String> CRATES = Map.of(
            "cc", "cc", "cmake", "cmake", "pkg_config", "pkg-config", "bindgen", "bindgen", "vcpkg", "vcpkg",
            "autotools", "autotools", "system_deps", "system-deps", "cxx_build", "cxx-build", "nasm_rs", "nasm",
            "metadeps", "pkg-config");
    private static final Set<String> TOOLS = Set.of("make", "gmake", "nmake", "configure", "./configure", "ninja",
            "meson", "cmake", "autoreconf");

    private BuildMechanisms() {
    }

    /** One use of a mechanism in a build script: its name and the line of the token that shows it. */
    public record Use(String mechanism, int line) {
    }

    /**
     * @param crateDir          the crate folder
     * @param buildScript       the build script relative to it, or null when there is none
     * @param buildDependencies the manifest's build-dependency names (package names, dashes or underscores)
     */
    public static List<String> detect(Path crateDir, String buildScript, List<String> buildDependencies,
                                      List<Problem> problems) {
        return detect(buildScript == null ? List.of() : ModuleTree.read(crateDir, buildScript, problems),
                buildDependencies);
    }

    /** The mechanisms of a build script already read as its module tree ({@link ModuleTree}). */
    public static List<String> detect(List<ModuleTree.LexedFile> buildFiles, List<String> buildDependencies) {
        Set<String> used = new TreeSet<>();
        for (ModuleTree.LexedFile f : buildFiles) {
            uses(f.tokens()).forEach(u -> used.add(u.mechanism()));
        }
        List<String> out = new ArrayList<>(used);
        Set<String> declared = new TreeSet<>();
        for (String dep : buildDependencies) {
            String m = CRATES.get(dep.replace('-', '_'));
            if (m != null && !used.contains(m)) {
                declared.add(m + " (declared only)");
            }
        }
        out.addAll(declared);
        return out;
    }

    /** Every use of a mechanism in one file's tokens, in order. */
    public static List<Use> uses(Tokens t) {
        List<Use> out = new ArrayList<>();
        scan(t, (m, i) -> out.add(new Use(m, t.line(i))));
        return out;
    }

    private static void scan(Tokens t, BiConsumer<String, Integer> used) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.isIdentLike(i)) {
                continue;
            }
            String id = t.identName(i);
            String m = CRATES.get(id);
            boolean prefixed = i > 0 && t.isPathSep(i - 1);
            if (m != null && !prefixed && (t.isPathSep(i + 1) || (i > 0 && t.isIdentLike(i - 1)
                    && (t.identName(i - 1).equals("use") || t.identName(i - 1).equals("crate"))))) {
                used.accept(m, i);
            } else if (id.equals("Command") && t.isPathSep(i + 1) && i + 4 < t.size()
                    && t.identName(i + 2).equals("new") && t.isOpen(i + 3, '(') && t.kind(i + 4) == Tokens.STRING) {
                String tool = t.stringValue(i + 4);
                int slash = tool.lastIndexOf('/');
                String base = slash >= 0 && !tool.equals("./configure") ? tool.substring(slash + 1) : tool;
                if (TOOLS.contains(base)) {
                    used.accept(base.equals("./configure") ? "configure" : base.equals("gmake") ? "make" : base, i);
                }
            }
        }
    }
}
