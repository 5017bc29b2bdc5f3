/**
 * Offline loading: the graph of a stream of analyses as CSV files for neo4j-admin's importer.
 */
package dev.easel.graph.export;
