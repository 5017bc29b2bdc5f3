/**
 * RustSec security advisories, read from an advisory-db checkout or archive (no network, no Neo4j).
 *
 * <p>Entry point: {@link dev.easel.analyzer.advisory.AdvisoryDatabaseReader#read(java.nio.file.Path)}, which gives
 * every {@link dev.easel.analyzer.advisory.Advisory} and every located problem. An advisory says which versions it
 * affects ({@link dev.easel.analyzer.advisory.Advisory#affects}: neither patched nor unaffected) and which functions
 * are vulnerable in which versions ({@link dev.easel.analyzer.advisory.AffectedFunction}).
 * {@link dev.easel.analyzer.advisory.VersionRequirement} is Cargo's requirement syntax, with Cargo's matching rule and
 * the precedence-interval reading RustSec uses for ranges.
 */
package dev.easel.analyzer.advisory;
