package dev.easel.analyzer.source;

import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a normal build compiles first: the library root, binary roots and the build script, from
 * Cargo.toml ({@code [lib] path}, {@code [[bin]] path}, {@code package.build}) and cargo's default layout
 * ({@code src/lib.rs}, {@code src/main.rs}, {@code src/bin/*.rs}, {@code src/bin/* /main.rs}, {@code build.rs}).
 *
 * @param targets     library and binary roots, relative to the crate folder
 * @param buildScript the build script, relative, or null when there is none
 * @param library     the library root, relative, or null when the crate has no library
 */
public record CrateRoots(List<String> targets, String buildScript, String library) {

    public static CrateRoots find(Path crateDir) {
        Set<String> targets = new LinkedHashSet<>();
        String build = null;
        String library = null;
        boolean buildDisabled = false;
        Path manifest = crateDir.resolve("Cargo.toml");
        if (Files.isRegularFile(manifest)) {
            try {
                TomlParseResult toml = Toml.parse(manifest);
                String lib = toml.getString("lib.path");
                if (lib != null) {
                    targets.add(lib);
                    library = lib;
                }
                TomlArray bins = toml.getArray("bin");
                if (bins != null) {
                    for (int i = 0; i < bins.size(); i++) {
                        if (bins.get(i) instanceof TomlTable bin && bin.getString("path") != null) {
                            targets.add(bin.getString("path"));
                        }
                    }
                }
                Object b = toml.get("package.build");
                if (b instanceof String s) {
                    build = s;
                } else if (Boolean.FALSE.equals(b)) {
                    buildDisabled = true;
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable manifest leaves the default layout, which is what cargo would mostly use
            }
        }
        if (library == null && Files.isRegularFile(crateDir.resolve("src/lib.rs"))) {
            library = "src/lib.rs";
        }
        for (String d : List.of("src/lib.rs", "src/main.rs")) {
            if (Files.isRegularFile(crateDir.resolve(d))) {
                targets.add(d);
            }
        }
        Path binDir = crateDir.resolve("src/bin");
        if (Files.isDirectory(binDir)) {
            List<String> found = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(binDir)) {
                for (Path p : ds) {
                    String name = p.getFileName().toString();
                    if (name.endsWith(".rs") && Files.isRegularFile(p)) {
                        found.add("src/bin/" + name);
                    } else if (Files.isRegularFile(p.resolve("main.rs"))) {
                        found.add("src/bin/" + name + "/main.rs");
                    }
                }
            } catch (IOException e) {
                // no binaries then
            }
            found.sort(null);
            targets.addAll(found);
        }
        if (build == null && !buildDisabled && Files.isRegularFile(crateDir.resolve("build.rs"))) {
            build = "build.rs";
        }
        return new CrateRoots(List.copyOf(targets), build, library);
    }
}
