package dev.easel.analyzer.build;

import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A crate that is a package of the directory source easel builds from (Debian's registry, a cargo vendor folder).
 * Such a crate is built as that registry package, not from a path copy: its package id, and so its file hash and
 * v0 crate disambiguator, are then the ones it has as a dependency of other crates.
 *
 * @param name     package name
 * @param version  exact version
 * @param dir      its folder in the registry
 * @param manifest the parsed Cargo.toml (for the feature list of --all-features)
 */
public record RegistryPackage(String name, String version, Path dir, TomlTable manifest) {

    /** Files that say how a package was fetched or packaged, not what it is; left out when comparing copies. */
    private static final Set<String> PACKAGING_FILES = Set.of(".cargo-checksum.json", ".cargo-ok",
            ".cargo_vcs_info.json", "Cargo.toml.orig", "Cargo.lock");
    private static final Set<String> PACKAGING_DIRS = Set.of("target", ".git", "debian");

    /**
     * The registry package {@code crateDir} is: the crate's folder is a package folder of {@code registryDir}, or
     * the registry holds a package of the same name and version with the same files (byte for byte, leaving out
     * packaging files such as {@code .cargo-checksum.json}, {@code Cargo.toml.orig} and {@code debian/}), so that
     * building the registry's copy analyses exactly the given sources; an edited copy is built as a path package.
     */
    public static Optional<RegistryPackage> find(Path crateDir, Path registryDir) throws IOException {
        if (registryDir == null || !Files.isDirectory(registryDir) || !Files.isRegularFile(crateDir.resolve("Cargo.toml"))) {
            return Optional.empty();
        }
        Path registry = registryDir.toRealPath();
        Path crate = crateDir.toRealPath();
        byte[] manifestBytes = Files.readAllBytes(crate.resolve("Cargo.toml"));
        TomlParseResult toml = Toml.parse(new String(manifestBytes, StandardCharsets.UTF_8));
        if (toml.hasErrors()) {
            return Optional.empty(); // cargo reports the error in path mode, with its own words
        }
        String name = toml.getString("package.name");
        String version = toml.getString("package.version");
        if (name == null || version == null) {
            return Optional.empty(); // a virtual manifest, or version.workspace = true: not a published package
        }
        if (registry.equals(crate.getParent())) {
            return Optional.of(new RegistryPackage(name, version, crate, toml));
        }
        // Debian: <name>-<version>; cargo vendor: <name> for one version, <name>-<version> for the others
        for (String folder : List.of(name + "-" + version, name + "-" + withoutBuildMetadata(version), name)) {
            Path candidate = registry.resolve(folder);
            Path m = candidate.resolve("Cargo.toml");
            if (Files.isRegularFile(m) && java.util.Arrays.equals(Files.readAllBytes(m), manifestBytes)
                    && sameFiles(crate, candidate)) {
                return Optional.of(new RegistryPackage(name, version, candidate, toml));
            }
        }
        return Optional.empty();
    }

    /** True when both folders hold the same files with the same bytes, packaging files left out. */
    static boolean sameFiles(Path a, Path b) throws IOException {
        Map<String, Path> left = files(a);
        Map<String, Path> right = files(b);
        if (!left.keySet().equals(right.keySet())) {
            return false;
        }
        for (Map.Entry<String, Path> e : left.entrySet()) {
            if (Files.mismatch(e.getValue(), right.get(e.getKey())) != -1) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Path> files(Path root) throws IOException {
        Map<String, Path> out = new TreeMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                Path rel = root.relativize(dir);
                return rel.getNameCount() == 1 && PACKAGING_DIRS.contains(rel.toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = root.relativize(file).toString();
                if (!PACKAGING_FILES.contains(rel) && Files.isRegularFile(file)) {
                    out.put(rel, file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    /** The version without "+build" metadata, which a version requirement may not carry. */
    public static String withoutBuildMetadata(String version) {
        int plus = version.indexOf('+');
        return plus < 0 ? version : version.substring(0, plus);
    }

    /**
     * Every feature the package can enable, for --all-features (which cargo takes only for workspace members):
     * the keys of [features] and the optional dependencies that no feature names as {@code dep:x}.
     */
    public List<String> allFeatures() {
        Set<String> out = new LinkedHashSet<>();
        TomlTable features = manifest.get("features") instanceof TomlTable t ? t : null;
        Set<String> hiddenDeps = new LinkedHashSet<>();
        if (features != null) {
            for (String k : features.keySet()) {
                out.add(k);
                if (!(features.get(List.of(k)) instanceof TomlArray values)) {
                    continue;
                }
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof String s && s.startsWith("dep:")) {
                        hiddenDeps.add(s.substring(4));
                    }
                }
            }
        }
        List<TomlTable> depTables = new ArrayList<>();
        addTable(depTables, tableOf(manifest, "dependencies"));
        addTable(depTables, tableOf(manifest, "build-dependencies"));
        TomlTable target = tableOf(manifest, "target");
        if (target != null) {
            for (String platform : target.keySet()) {
                TomlTable t = tableOf(target, platform);
                if (t != null) {
                    addTable(depTables, tableOf(t, "dependencies"));
                    addTable(depTables, tableOf(t, "build-dependencies"));
                }
            }
        }
        for (TomlTable deps : depTables) {
            for (String dep : deps.keySet()) {
                if (deps.get(List.of(dep)) instanceof TomlTable spec && Boolean.TRUE.equals(spec.get("optional"))
                        && !hiddenDeps.contains(dep)) {
                    out.add(dep);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The table under the key (one key, dots and all), or null when there is none or it is no table. */
    private static TomlTable tableOf(TomlTable parent, String key) {
        return parent.get(List.of(key)) instanceof TomlTable t ? t : null;
    }

    private static void addTable(List<TomlTable> out, TomlTable t) {
        if (t != null) {
            out.add(t);
        }
    }
}
