package dev.easel.analyzer.intake;

import dev.easel.analyzer.model.CrateSource;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;

import java.nio.file.Path;
import java.util.List;

/**
 * One crate version to analyse, as intake found it.
 *
 * @param name     package name (from the manifest; from the folder or archive name when the manifest is unreadable)
 * @param version  version as written (after workspace inheritance)
 * @param semver   the parsed version, null when it is not semver
 * @param folder   the folder holding its Cargo.toml (for archives: where it was extracted)
 * @param source   where it came from, with its checksum
 * @param manifest its Cargo.toml, inheritance resolved; {@code manifest.error()} is also listed in {@code problems}
 * @param problems what intake met for this crate (refused archive entries, manifest errors); the crate is still usable
 */
public record CrateInput(String name, String version, SemVer semver, Path folder, CrateSource source, Manifest manifest,
                         List<Problem> problems) {

    public CrateInput {
        problems = List.copyOf(problems);
    }

    /** "name-version", the usual folder and archive stem. */
    public String id() {
        return name + "-" + version;
    }
}
