package dev.easel.analyzer.advisory;

import dev.easel.analyzer.model.SemVer;

import java.util.List;

/**
 * One RustSec advisory, as its file's TOML front matter and Markdown say.
 *
 * @param id            {@code RUSTSEC-YYYY-NNNN}
 * @param packageName   the crate it concerns, as published (hyphens kept)
 * @param date          disclosure date, {@code YYYY-MM-DD} (null when the file has none: reported as a problem)
 * @param title         {@code [advisory] title} or else the Markdown's first {@code # } heading (null when neither)
 * @param url           long-form description, or null
 * @param aliases       other ids of the same issue (CVE-…, GHSA-…)
 * @param related       ids of related issues
 * @param categories    RustSec categories (memory-corruption, code-execution, …)
 * @param keywords      free keywords
 * @param references    further URLs
 * @param cvss          CVSS vector, or null
 * @param informational {@code unsound}, {@code unmaintained}, {@code notice}, or null for a vulnerability
 * @param withdrawn     date the advisory was withdrawn, or null
 * @param patched       versions with the fix
 * @param unaffected    versions never affected
 * @param functions     {@code [affected.functions]}, in file order
 * @param os            {@code [affected] os}
 * @param arch          {@code [affected] arch}
 * @param file          the file it was read from (path in the folder or archive)
 */
public record Advisory(String id, String packageName, String date, String title, String url, List<String> aliases,
                       List<String> related, List<String> categories, List<String> keywords, List<String> references,
                       String cvss, String informational, String withdrawn, List<VersionRequirement> patched,
                       List<VersionRequirement> unaffected, List<AffectedFunction> functions, List<String> os,
                       List<String> arch, String file) {

    public Advisory {
        aliases = List.copyOf(aliases);
        related = List.copyOf(related);
        categories = List.copyOf(categories);
        keywords = List.copyOf(keywords);
        references = List.copyOf(references);
        patched = List.copyOf(patched);
        unaffected = List.copyOf(unaffected);
        functions = List.copyOf(functions);
        os = List.copyOf(os);
        arch = List.copyOf(arch);
    }

    /** {@code vulnerability}, or the informational kind ({@code unsound}, {@code unmaintained}, {@code notice}). */
    public String kind() {
        return informational == null ? "vulnerability" : informational;
    }

    public boolean isWithdrawn() {
        return withdrawn != null;
    }

    /**
     * RustSec's rule: a version is affected when it is neither patched nor unaffected (ranges read by precedence,
     * {@link VersionRequirement#contains}). Says nothing about withdrawal.
     */
    public boolean affects(SemVer version) {
        for (VersionRequirement r : patched) {
            if (r.contains(version)) {
                return false;
            }
        }
        for (VersionRequirement r : unaffected) {
            if (r.contains(version)) {
                return false;
            }
        }
        return true;
    }
}
