/**
 * One crate's stages put together ({@link dev.easel.analyzer.pipeline.CrateAnalyzer}) and a run over many ({@link
 * dev.easel.analyzer.pipeline.AnalysisRun}): cache, shards, build pool, source-only scans.
 */
package dev.easel.analyzer.pipeline;
