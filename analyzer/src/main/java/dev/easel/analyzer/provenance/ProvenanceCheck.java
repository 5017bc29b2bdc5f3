package dev.easel.analyzer.provenance;

import java.time.Instant;
import java.util.List;

/**
 * The result of checking one crate version against its repository.
 *
 * @param name             package name
 * @param version          package version
 * @param repository       {@code package.repository} as written, or null
 * @param repositoryKey    the canonical URL ({@link RepositoryUrl#canonical()}), or null when there is none
 * @param mirror           the mirror folder read, or null
 * @param commit           the commit of {@code .cargo_vcs_info.json}, or null
 * @param pathInVcs        the package's folder in the repository ({@code ""} for the root), or null
 * @param dirty            the package was made from a checkout with uncommitted changes
 * @param status           the outcome
 * @param changed          package files whose bytes differ from the repository's (Cargo.toml: through Cargo.toml.orig)
 * @param onlyInPackage    package files the repository does not have at that commit
 * @param onlyInRepository repository files under {@code pathInVcs} the package leaves out (include/exclude)
 * @param unchecked        package files that could not be compared (inside a submodule, Cargo.toml without .orig)
 * @param message          why the check could not be made, or a note about it; null when there is nothing to say
 * @param checkedAt        when the check ran
 */
public record ProvenanceCheck(String name, String version, String repository, String repositoryKey, String mirror,
                              String commit, String pathInVcs, boolean dirty, ProvenanceStatus status,
                              List<String> changed, List<String> onlyInPackage, List<String> onlyInRepository,
                              List<String> unchecked, String message, Instant checkedAt) {

    public ProvenanceCheck {
        changed = List.copyOf(changed);
        onlyInPackage = List.copyOf(onlyInPackage);
        onlyInRepository = List.copyOf(onlyInRepository);
        unchecked = List.copyOf(unchecked);
    }

    /** "name@version", the key of the Version node. */
    public String versionId() {
        return name + "@" + version;
    }

    /** The files that make a version differ: changed, then only in the package. */
    public List<String> differing() {
        return java.util.stream.Stream.concat(changed.stream(), onlyInPackage.stream()).toList();
    }
}
