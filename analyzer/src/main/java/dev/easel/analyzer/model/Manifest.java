package dev.easel.analyzer.model;

import java.util.List;
import java.util.Map;

/**
 * The facts of one Cargo.toml, with workspace inheritance already resolved.
 *
 * @param buildScript    path of the build script relative to the crate, or null when there is none
 *                       ({@code build = false}, or no build.rs)
 * @param repository     package.repository, as written (the URL provenance checks against), or null
 * @param homepage       package.homepage, or null
 * @param crateTypes     [lib] crate-type, empty when not given (cargo's default: lib)
 * @param libName        [lib] name, or null when not given (cargo's default: the package name, '-' read as '_')
 * @param error          set when the manifest could not be read; the other fields are then best effort
 */
public record Manifest(
        String name,
        String version,
        SemVer semver,
        String edition,
        String links,
        String buildScript,
        String license,
        String repository,
        String homepage,
        String rustVersion,
        List<String> crateTypes,
        boolean procMacro,
        Map<String, List<String>> features,
        List<Dependency> dependencies,
        Problem error,
        String libName) {

    public Manifest {
        crateTypes = crateTypes == null ? List.of() : List.copyOf(crateTypes);
        features = features == null ? Map.of() : Map.copyOf(features);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
    }

    /** A manifest without a [lib] name. */
    public Manifest(String name, String version, SemVer semver, String edition, String links, String buildScript,
                    String license, String repository, String homepage, String rustVersion, List<String> crateTypes,
                    boolean procMacro, Map<String, List<String>> features, List<Dependency> dependencies,
                    Problem error) {
        this(name, version, semver, edition, links, buildScript, license, repository, homepage, rustVersion,
                crateTypes, procMacro, features, dependencies, error, null);
    }

    /**
     * The crate name of the library target as symbols and paths spell it: {@code xml} for package {@code xml-rs}
     * ({@code [lib] name = "xml"}), else the package name with '_' for '-'; null without a name.
     */
    public String libCrateName() {
        String n = libName != null ? libName : name;
        return n == null ? null : n.replace('-', '_');
    }

    public boolean hasBuildScript() {
        return buildScript != null;
    }
}
