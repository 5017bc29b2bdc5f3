/**
 * Loads provenance checks ({@link dev.easel.analyzer.provenance.ProvenanceCheck}) into the graph:
 * {@code (:Version)-[:BUILT_FROM {status, differing, checked_at}]->(:Repository {url})}. See docs/provenance.md.
 */
package dev.easel.graph.provenance;
