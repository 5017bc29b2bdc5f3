/**
 * easel's graph schema, declared once ({@link dev.easel.graph.schema.GraphSchema}): labels, keys, properties and
 * their types, relationship types, indexes. Constraints, CSV headers, the loader's statements and the model tables of
 * docs/ARCHITECTURE.md are derived from it.
 */
package dev.easel.graph.schema;
