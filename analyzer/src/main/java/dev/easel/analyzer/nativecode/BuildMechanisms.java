package dev.easel.analyzer.nativecode;

import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.lexer.RustLexer;
import dev.easel.analyzer.lexer.Tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * How a build script brings native code in, read from its tokens (so comments and strings never match):
 * a crate path used in code ({@code cc::Build}, {@code cmake::Config}, {@code pkg_config::probe_library},
 * {@code bindgen::Builder}, {@code vcpkg::}, {@code autotools::}, …, or {@code use}/{@code extern crate} of them),
 * and {@code Command::new("make")}-style calls of build tools. A mechanism the manifest declares as a
 * build-dependency but the build script never uses is reported as {@code "<name> (declared only)"}.
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

    /**
     * @param crateDir          the crate folder
     * @param buildScript       the build script relative to it, or null when there is none
     * @param buildDependencies the manifest's build-dependency names (package names, dashes or underscores)
     */
    public static List<String> detect(Path crateDir, String buildScript, List<String> buildDependencies,
                                      List<Problem> problems) {
        Set<String> used = new TreeSet<>();
        if (buildScript != null) {
            for (Path f : buildFiles(crateDir, buildScript)) {
                String rel = crateDir.relativize(f).toString().replace('\\', '/');
                try {
                    byte[] b = Files.readAllBytes(f);
                    scan(RustLexer.lex(b, b.length, rel, problems), used);
                } catch (IOException e) {
                    problems.add(new Problem(Problem.Stage.SOURCE, rel, 0, "cannot read build script: " + e.getMessage()));
                }
            }
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

    /** The build script and, when it lives in its own folder ({@code build/main.rs}), that folder's .rs files. */
    private static List<Path> buildFiles(Path crateDir, String buildScript) {
        Path main = crateDir.resolve(buildScript).normalize();
        Set<Path> files = new LinkedHashSet<>();
        if (Files.isRegularFile(main)) {
            files.add(main);
        }
        Path dir = main.getParent();
        try {
            if (dir != null && !dir.equals(crateDir.normalize()) && Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.filter(p -> p.toString().endsWith(".rs") && Files.isRegularFile(p)).sorted().forEach(files::add);
                }
            } else if (dir != null) {
                // build.rs at the top: its `mod x;` files sit beside it
                for (String name : modNames(main)) {
                    Path flat = dir.resolve(name + ".rs");
                    Path nested = dir.resolve(name).resolve("mod.rs");
                    if (Files.isRegularFile(flat)) {
                        files.add(flat);
                    } else if (Files.isRegularFile(nested)) {
                        files.add(nested);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // what was found so far is scanned
        }
        return new ArrayList<>(files);
    }

    private static List<String> modNames(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        byte[] b = Files.readAllBytes(file);
        Tokens t = RustLexer.lex(b, b.length, file.toString(), new ArrayList<>());
        List<String> names = new ArrayList<>();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.kind(i) == Tokens.IDENT && t.text(i).equals("mod") && t.isIdentLike(i + 1) && t.isPunct(i + 2, ';')) {
                names.add(t.identName(i + 1));
            }
        }
        return names;
    }

    static void scan(Tokens t, Set<String> used) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.isIdentLike(i)) {
                continue;
            }
            String id = t.identName(i);
            String m = CRATES.get(id);
            boolean prefixed = i > 0 && t.isPathSep(i - 1);
            if (m != null && !prefixed && (t.isPathSep(i + 1) || (i > 0 && t.isIdentLike(i - 1)
                    && (t.identName(i - 1).equals("use") || t.identName(i - 1).equals("crate"))))) {
                used.add(m);
            } else if (id.equals("Command") && t.isPathSep(i + 1) && i + 4 < t.size()
                    && t.identName(i + 2).equals("new") && t.isOpen(i + 3, '(') && t.kind(i + 4) == Tokens.STRING) {
                String tool = t.stringValue(i + 4);
                int slash = tool.lastIndexOf('/');
                String base = slash >= 0 && !tool.equals("./configure") ? tool.substring(slash + 1) : tool;
                if (TOOLS.contains(base)) {
                    used.add(base.equals("./configure") ? "configure" : base.equals("gmake") ? "make" : base);
                }
            }
        }
    }
}
