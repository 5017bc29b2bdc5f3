/** Batched loading into Neo4j against one statement per call edge (Painter's way). */
package dev.easel.bench.load;
