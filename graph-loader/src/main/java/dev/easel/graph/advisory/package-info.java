/**
 * RustSec advisories in the graph, joined with the call graph (docs/advisories.md).
 *
 * <p>Entry point: {@link dev.easel.graph.advisory.AdvisoryImporter#importDatabase}, which takes what
 * {@code dev.easel.analyzer.advisory.AdvisoryDatabaseReader} read and writes {@code (:Advisory)},
 * {@code (:Advisory)-[:CONCERNS]->(:Crate)}, {@code (:Advisory)-[:AFFECTS]->(:Version)},
 * {@code (:Advisory)-[:NAMES {path, requirement, rule}]->(:Function)} and
 * {@code (:Version)-[:REACHES {length, path, crates, function, functions, via}]->(:Advisory)}, replacing an earlier
 * import's. Matching paths to functions is {@link dev.easel.graph.advisory.FunctionMatcher}'s job; reach is computed
 * once for the whole graph in memory ({@code AdvisoryReach}, over JGraphT), never by a Cypher path match per
 * question.
 */
package dev.easel.graph.advisory;
