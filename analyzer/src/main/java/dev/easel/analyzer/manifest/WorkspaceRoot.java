package dev.easel.analyzer.manifest;

import dev.easel.analyzer.model.Problem;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code [workspace]} part of a root Cargo.toml: members, excludes and what members may inherit
 * ({@code [workspace.package]} fields and {@code [workspace.dependencies]}).
 *
 * @param dir          the workspace root folder
 * @param members      member paths or globs, as written
 * @param exclude      excluded paths, as written
 * @param packageDefaults {@code [workspace.package]}, empty when absent
 * @param dependencies {@code [workspace.dependencies]}, empty when absent
 * @param hasPackage   the root manifest also declares a {@code [package]} (a root crate)
 */
public record WorkspaceRoot(Path dir, List<String> members, List<String> exclude, TomlTable packageDefaults,
                            TomlTable dependencies, boolean hasPackage) {

    public WorkspaceRoot {
        members = List.copyOf(members);
        exclude = List.copyOf(exclude);
    }

    /** Reads the workspace part of an already parsed manifest, or returns null when it has no [workspace]. */
    public static WorkspaceRoot of(Path dir, TomlTable manifest) {
        TomlTable ws = ManifestTables.table(manifest, "workspace");
        if (ws == null) {
            return null;
        }
        return new WorkspaceRoot(dir, ManifestTables.strings(ManifestTables.array(ws, "members")),
                ManifestTables.strings(ManifestTables.array(ws, "exclude")),
                orEmpty(ManifestTables.table(ws, "package")), orEmpty(ManifestTables.table(ws, "dependencies")),
                ManifestTables.table(manifest, "package") != null);
    }

    /**
     * Reads {@code dir/Cargo.toml} as a workspace root; null when the file is missing, unreadable, malformed or has
     * no [workspace] (a malformed root is reported by {@link ManifestReader} when the root itself is read).
     */
    public static WorkspaceRoot read(Path dir) {
        Path file = dir.resolve("Cargo.toml");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            TomlParseResult toml = Toml.parse(file);
            return toml.hasErrors() ? null : of(dir, toml);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Finds the workspace a crate folder belongs to: the nearest ancestor (or the folder itself) whose Cargo.toml has a
     * [workspace], as cargo does; null when none.
     */
    public static WorkspaceRoot findFor(Path crateDir) {
        for (Path d = crateDir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            WorkspaceRoot root = read(d);
            if (root != null) {
                return root;
            }
        }
        return null;
    }

    /** A problem naming the root manifest. */
    Problem problem(String message) {
        return new Problem(Problem.Stage.MANIFEST, dir.resolve("Cargo.toml").toString(), 0, message);
    }

    private static TomlTable orEmpty(TomlTable t) {
        return t == null ? Toml.parse("") : t;
    }
}
