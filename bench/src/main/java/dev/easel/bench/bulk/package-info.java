/** {@code easel bench bulk}: Neo4j's importer ({@code load --bulk}) against the transactional load, same input. */
package dev.easel.bench.bulk;
