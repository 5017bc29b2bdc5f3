package dev.easel.graph.advisory;

/**
 * A function path an advisory names that matched no function.
 *
 * @param advisory the advisory's id
 * @param path     the path as the advisory writes it
 * @param version  the crate version looked in ({@code name@version}), or null when there was none to look in
 * @param reason   why nothing matched
 * @param detail   more about it (candidates of an ambiguous path …), or null
 */
public record Unmatched(String advisory, String path, String version, UnmatchedReason reason, String detail) {

    @Override
    public String toString() {
        return advisory + " " + path + (version == null ? "" : " in " + version) + ": " + reason.label()
                + (detail == null ? "" : " (" + detail + ")");
    }
}
