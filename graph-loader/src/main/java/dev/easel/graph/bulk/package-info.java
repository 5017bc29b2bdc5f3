/**
 * Bulk loading into a new database: Neo4j's importer run in-process on the files easel writes (analyses, the
 * crates.io index, a published dataset), the new store imported beside the old one and swapped in only when complete,
 * then easel's schema created.
 */
package dev.easel.graph.bulk;
