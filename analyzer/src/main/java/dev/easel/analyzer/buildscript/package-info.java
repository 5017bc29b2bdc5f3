/**
 * What build scripts do, in a fixed vocabulary ({@link dev.easel.analyzer.model.BuildScriptEffect}): inferred from
 * the script's module tree and its build-dependencies ({@link dev.easel.analyzer.buildscript.BuildScriptCensus}),
 * and observed from a build that ran it ({@link dev.easel.analyzer.buildscript.ObservedEffects}: cargo's
 * build-script output and the system calls its processes made). See docs/build-scripts.md.
 */
package dev.easel.analyzer.buildscript;
