package dev.easel.analyzer.manifest;

import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Cargo.toml into a {@link Manifest}, resolving {@code workspace = true} inheritance from the workspace root.
 * Never throws on bad input: a malformed or unreadable manifest yields a Manifest whose {@code error} names file and line.
 */
public final class ManifestReader {

    private static final Logger LOG = LoggerFactory.getLogger(ManifestReader.class);
    private static final Problem.Stage STAGE = Problem.Stage.MANIFEST;

    /** The dependency tables cargo reads, with the legacy underscore spellings. */
    private static final List<Map.Entry<String, DependencyKind>> DEPENDENCY_TABLES = List.of(
            Map.entry("dependencies", DependencyKind.NORMAL),
            Map.entry("build-dependencies", DependencyKind.BUILD),
            Map.entry("build_dependencies", DependencyKind.BUILD),
            Map.entry("dev-dependencies", DependencyKind.DEV),
            Map.entry("dev_dependencies", DependencyKind.DEV));

    private static final Comparator<Dependency> ORDER = Comparator
            .comparing(Dependency::kind)
            .thenComparing(d -> d.target() == null ? "" : d.target())
            .thenComparing(d -> d.rename() == null ? d.name() : d.rename());

    private ManifestReader() {
    }

    /** Reads a Cargo.toml; when it inherits from a workspace, the root is searched upwards from its folder. */
    public static Manifest read(Path cargoToml) {
        return read(cargoToml, null);
    }

    /** Reads a Cargo.toml whose workspace root is known (null: search upwards when inheritance is used). */
    public static Manifest read(Path cargoToml, WorkspaceRoot workspace) {
        String text;
        try {
            text = Files.readString(cargoToml, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return failed(new Problem(STAGE, cargoToml.toString(), 0, "cannot read manifest: " + e.getMessage()));
        }
        return parse(text, cargoToml, workspace);
    }

    /**
     * Parses manifest text. {@code file} names the manifest in problems, and its folder is where {@code build.rs}
     * is looked for and where the workspace root is searched from when {@code workspace} is null.
     */
    public static Manifest parse(String text, Path file, WorkspaceRoot workspace) {
        TomlParseResult toml;
        try {
            toml = Toml.parse(text);
        } catch (RuntimeException e) { // tomlj reports syntax errors as results; this is a guard against its bugs
            return failed(new Problem(STAGE, file.toString(), 0, "cannot parse manifest: " + e));
        }
        return new Reading(toml, file, workspace, text.lines().count()).manifest();
    }

    private static Manifest failed(Problem p) {
        return new Manifest(null, null, null, "2015", null, null, null, null, null, null, List.of(), false, Map.of(),
                List.of(), p);
    }

    /** The state of reading one manifest: its first problem and its lazily found workspace. */
    private static final class Reading {
        private final TomlParseResult toml;
        private final Path file;
        private final Path dir;
        private final long lines;
        private WorkspaceRoot workspace;
        private boolean workspaceSearched;
        private Problem error;

        Reading(TomlParseResult toml, Path file, WorkspaceRoot workspace, long lines) {
            this.toml = toml;
            this.file = file;
            this.lines = lines;
            Path parent = file.toAbsolutePath().getParent();
            this.dir = parent == null ? Path.of(".") : parent;
            this.workspace = workspace;
            this.workspaceSearched = workspace != null;
        }

        Manifest manifest() {
            for (TomlParseError e : toml.errors()) {
                // tomlj places "unexpected end of input" on the line after a final newline: name the last line
                report(e.position() == null ? 0 : (int) Math.min(e.position().line(), Math.max(1, lines)),
                        stripPosition(e.getMessage()));
            }
            TomlTable pkg = ManifestTables.table(toml, "package");
            if (pkg == null) {
                pkg = ManifestTables.table(toml, "project"); // the pre-2018 name of [package]
            }
            if (pkg == null && error == null) {
                report(0, ManifestTables.table(toml, "workspace") != null
                        ? "virtual workspace manifest: no [package] table" : "no [package] table");
            }
            String name = ManifestTables.string(pkg, "name");
            if (pkg != null && name == null) {
                report(ManifestTables.line(pkg, "name"), "[package] has no string 'name'");
            }
            String version = inheritedString(pkg, "version");
            if (version == null) {
                version = "0.0.0"; // cargo's default since 1.75, when version is omitted
            }
            SemVer semver = SemVer.tryParse(version);
            if (semver == null) {
                report(ManifestTables.line(pkg, "version"), "version is not semver: '" + version + "'");
            }
            String edition = inheritedString(pkg, "edition");
            TomlTable lib = ManifestTables.table(toml, "lib");
            Boolean procMacro = (Boolean) booleanOf(ManifestTables.first(lib, "proc-macro", "proc_macro"));
            List<Dependency> deps = dependencies();
            return new Manifest(name, version, semver, edition == null ? "2015" : edition,
                    ManifestTables.string(pkg, "links"), buildScript(pkg),
                    inheritedString(pkg, "license"), inheritedString(pkg, "repository"), inheritedString(pkg, "homepage"),
                    inheritedString(pkg, "rust-version"),
                    ManifestTables.strings(ManifestTables.array(lib, "crate-type") != null
                            ? ManifestTables.array(lib, "crate-type") : ManifestTables.array(lib, "crate_type")),
                    Boolean.TRUE.equals(procMacro), features(), deps, error, ManifestTables.string(lib, "name"));
        }

        private static Object booleanOf(Object o) {
            return o instanceof Boolean ? o : null;
        }

        private void report(int line, String message) {
            if (error == null) {
                error = new Problem(STAGE, file.toString(), line, message);
            } else {
                LOG.debug("{}:{}: further manifest problem: {}", file, line, message);
            }
        }

        /** tomlj ends messages with "(line x, column y)"; the line is kept in the Problem instead. */
        private static String stripPosition(String m) {
            return m == null ? "syntax error" : m.replaceFirst("\\s*\\(line \\d+, column \\d+\\)$", "");
        }

        private WorkspaceRoot workspace() {
            if (!workspaceSearched) {
                workspaceSearched = true;
                workspace = WorkspaceRoot.of(dir, toml);
                TomlTable pkg = ManifestTables.table(toml, "package");
                String explicit = ManifestTables.string(pkg, "workspace"); // package.workspace = "../.."
                if (workspace == null && explicit != null) {
                    workspace = WorkspaceRoot.read(dir.resolve(explicit).normalize());
                }
                if (workspace == null) {
                    Path parent = dir.getParent();
                    workspace = parent == null ? null : WorkspaceRoot.findFor(parent);
                }
            }
            return workspace;
        }

        /** A package field, taken from [workspace.package] when written as {@code field.workspace = true}. */
        private String inheritedString(TomlTable pkg, String key) {
            Object v = ManifestTables.value(pkg, key);
            if (v instanceof TomlTable t && Boolean.TRUE.equals(ManifestTables.bool(t, "workspace"))) {
                WorkspaceRoot ws = workspace();
                Object inherited = ws == null ? null : ManifestTables.value(ws.packageDefaults(), key);
                if (inherited == null) {
                    report(ManifestTables.line(pkg, key), "package." + key + " inherits from the workspace, but "
                            + (ws == null ? "no workspace root was found" : "[workspace.package] has no '" + key + "'"));
                    return null;
                }
                v = inherited;
            }
            if (v == null) {
                return null;
            }
            if (v instanceof String s) {
                return s;
            }
            report(ManifestTables.line(pkg, key), "package." + key + " is not a string");
            return null;
        }

        private String buildScript(TomlTable pkg) {
            Object build = ManifestTables.value(pkg, "build");
            if (build instanceof String s) {
                return s;
            }
            if (Boolean.FALSE.equals(build)) {
                return null;
            }
            // absent (or true): cargo's auto-detection of build.rs beside Cargo.toml
            return Files.isRegularFile(dir.resolve("build.rs")) ? "build.rs" : null;
        }

        private Map<String, List<String>> features() {
            TomlTable t = ManifestTables.table(toml, "features");
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (t != null) {
                for (String k : t.keySet()) {
                    out.put(k, ManifestTables.strings(ManifestTables.array(t, k)));
                }
            }
            return out;
        }

        private List<Dependency> dependencies() {
            List<Dependency> out = new ArrayList<>();
            readKinds(toml, null, out);
            TomlTable targets = ManifestTables.table(toml, "target");
            if (targets != null) {
                for (String spec : targets.keySet()) {
                    readKinds(ManifestTables.table(targets, spec), spec, out);
                }
            }
            out.sort(ORDER);
            return out;
        }

        private void readKinds(TomlTable owner, String target, List<Dependency> out) {
            if (owner == null) {
                return;
            }
            for (Map.Entry<String, DependencyKind> e : DEPENDENCY_TABLES) {
                TomlTable deps = ManifestTables.table(owner, e.getKey());
                if (deps == null) {
                    continue;
                }
                for (String key : deps.keySet()) {
                    Dependency d = dependency(deps, key, e.getValue(), target);
                    if (d != null) {
                        out.add(d);
                    }
                }
            }
        }

        private Dependency dependency(TomlTable deps, String key, DependencyKind kind, String target) {
            Object v = ManifestTables.value(deps, key);
            if (v instanceof String req) {
                return new Dependency(key, null, req, kind, false, true, List.of(), target,
                        Dependency.Source.REGISTRY, null);
            }
            if (!(v instanceof TomlTable t)) {
                report(ManifestTables.line(deps, key), "dependency '" + key + "' is neither a version string nor a table");
                return null;
            }
            DependencySpec own = DependencySpec.of(t);
            DependencySpec spec = own;
            if (Boolean.TRUE.equals(ManifestTables.bool(t, "workspace"))) {
                spec = inheritDependency(deps, key, own);
            }
            String name = spec.pkg() != null ? spec.pkg() : key;
            String rename = name.equals(key) ? null : key;
            return new Dependency(name, rename, spec.version() == null ? "*" : spec.version(), kind,
                    Boolean.TRUE.equals(ManifestTables.bool(t, "optional")),
                    spec.defaultFeatures(), spec.features(), target, spec.source(), spec.location());
        }

        /** Merges {@code foo = { workspace = true, ... }} with [workspace.dependencies].foo, as cargo does. */
        private DependencySpec inheritDependency(TomlTable deps, String key, DependencySpec own) {
            WorkspaceRoot ws = workspace();
            Object base = ws == null ? null : ManifestTables.value(ws.dependencies(), key);
            DependencySpec inherited;
            if (base instanceof String req) {
                inherited = new DependencySpec(req, null, true, null, List.of(), Dependency.Source.REGISTRY, null);
            } else if (base instanceof TomlTable bt) {
                inherited = DependencySpec.of(bt);
            } else {
                report(ManifestTables.line(deps, key), "dependency '" + key + "' inherits from the workspace, but "
                        + (ws == null ? "no workspace root was found"
                        : "[workspace.dependencies] has no '" + key + "'"));
                return own;
            }
            Set<String> features = new LinkedHashSet<>(inherited.features());
            features.addAll(own.features());
            // A member can turn default features on again but cannot turn off what the workspace enables.
            boolean defaults = inherited.defaultFeatures()
                    || (own.explicitDefaultFeatures() != null && own.explicitDefaultFeatures());
            String location = inherited.location();
            if (inherited.source() == Dependency.Source.PATH && location != null) {
                // workspace paths are relative to the root; a member's are relative to itself
                Path abs = ws.dir().resolve(location).normalize();
                location = dir.toAbsolutePath().normalize().relativize(abs.toAbsolutePath().normalize())
                        .toString().replace('\\', '/');
            }
            return new DependencySpec(inherited.version(), inherited.pkg(), defaults, null, List.copyOf(features),
                    inherited.source(), location);
        }
    }

    /** The source-describing part of one dependency table. */
    private record DependencySpec(String version, String pkg, boolean defaultFeatures, Boolean explicitDefaultFeatures,
                                  List<String> features, Dependency.Source source, String location) {

        static DependencySpec of(TomlTable t) {
            Object df = ManifestTables.first(t, "default-features", "default_features");
            Boolean explicit = df instanceof Boolean b ? b : null;
            String path = ManifestTables.string(t, "path");
            String git = ManifestTables.string(t, "git");
            Dependency.Source source;
            String location;
            if (path != null) {
                source = Dependency.Source.PATH;
                location = path;
            } else if (git != null) {
                source = Dependency.Source.GIT;
                location = git;
            } else {
                source = Dependency.Source.REGISTRY;
                location = ManifestTables.string(t, "registry");
                if (location == null) {
                    location = ManifestTables.string(t, "registry-index");
                }
            }
            return new DependencySpec(ManifestTables.string(t, "version"), ManifestTables.string(t, "package"),
                    explicit == null || explicit, explicit, ManifestTables.strings(ManifestTables.array(t, "features")),
                    source, location);
        }
    }
}
