package dev.easel.analyzer.fetch;

import dev.easel.analyzer.model.SemVer;

import java.util.regex.Pattern;

/**
 * One crate to fetch: a name, and a version when one was asked for ({@code name@version}); without a version the
 * {@link FetchOptions} decide (the latest, or every version). Where the names come from (a comma list, a
 * {@link CrateList} file, a ranking computed elsewhere) is the caller's business.
 *
 * @param name    the crate name as the user wrote it (the index lookup ignores case, as the index file names do)
 * @param version a full semantic version, or null
 */
public record CrateRequest(String name, String version) {

    /** ASCII letters, digits, '-' and '_': what crates.io allows, and what keeps index and file paths plain. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    public CrateRequest {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a crate name: '" + name + "'");
        }
        if (version != null && SemVer.tryParse(version) == null) {
            throw new IllegalArgumentException("not a version: '" + version + "' (of " + name + ")");
        }
    }

    /** {@code name} or {@code name@version}; throws IllegalArgumentException naming the text when it is neither. */
    public static CrateRequest parse(String text) {
        String t = text.trim();
        int at = t.indexOf('@');
        return at < 0 ? new CrateRequest(t, null) : new CrateRequest(t.substring(0, at), t.substring(at + 1));
    }

    @Override
    public String toString() {
        return version == null ? name : name + "@" + version;
    }
}
