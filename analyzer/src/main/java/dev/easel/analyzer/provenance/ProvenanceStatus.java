package dev.easel.analyzer.provenance;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The outcome of checking one version against its repository (docs/provenance.md). */
public enum ProvenanceStatus {
    /** Every package file is the repository's at the recorded commit (files only the repository has allowed). */
    MATCH,
    /** Some package file differs from the repository's, or exists only in the package. */
    DIFFERS,
    /** The mirror has no commit with the recorded id. */
    COMMIT_MISSING,
    /** The package has no {@code .cargo_vcs_info.json} or no commit in it. */
    NO_VCS_INFO,
    /** The manifest names no repository. */
    NO_REPOSITORY,
    /** The repository URL is not understood, no mirror of it exists, or the mirror cannot be read. */
    REPOSITORY_UNAVAILABLE;

    /** {@code match}, {@code differs}, {@code commit-missing}, … */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
