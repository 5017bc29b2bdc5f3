/**
 * The ecosystem without building: streaming readers of the crates.io database dump and of a registry index
 * checkout, feeding an {@link dev.easel.analyzer.index.IndexSink}.
 */
package dev.easel.analyzer.index;
