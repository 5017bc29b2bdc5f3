/**
 * The published dataset: the whole graph as gzipped JSON lines, one file per node label and relationship type of
 * {@link dev.easel.graph.schema.GraphSchema}, with a {@code manifest.json} (format and easel versions, rustc versions,
 * counting rules, corpus, date, per-file rows and SHA-256) and a README written from the schema
 * ({@link dev.easel.graph.dataset.DatasetExporter}); and the way back: a dataset checked against its manifest and
 * turned into import files for a bulk load ({@link dev.easel.graph.dataset.Dataset}).
 */
package dev.easel.graph.dataset;
