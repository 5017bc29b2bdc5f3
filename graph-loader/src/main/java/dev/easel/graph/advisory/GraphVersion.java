package dev.easel.graph.advisory;

/**
 * A Version node of an advisory's crate, as the importer reads it.
 *
 * @param id       {@code name@version}
 * @param name     the crate
 * @param version  the version text
 * @param analysed whether an analysis of it was loaded (else it is known only as a dependency or from the index)
 */
record GraphVersion(String id, String name, String version, boolean analysed) {
}
