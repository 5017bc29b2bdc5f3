/**
 * The build driver: builds one crate with cargo so that rustc writes its LLVM IR and MIR ({@link
 * dev.easel.analyzer.build.CrateBuilder} with its two {@link dev.easel.analyzer.build.BuildMode}s), workers
 * reusing target folders ({@link dev.easel.analyzer.build.BuildPool}), dependencies first, timeouts, memory
 * limits, failure classification.
 */
package dev.easel.analyzer.build;
