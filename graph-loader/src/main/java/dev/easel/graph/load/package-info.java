/**
 * Batched, phased, idempotent and crash-safe loading of analyses over the driver: typed rows per {@link
 * dev.easel.graph.load.Statement}, nodes first, relationships concurrently.
 */
package dev.easel.graph.load;
