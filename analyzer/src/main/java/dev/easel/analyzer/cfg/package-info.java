/**
 * Rust's conditional compilation: {@code #[cfg(…)]} predicates ({@link dev.easel.analyzer.cfg.CfgExpr}, read by
 * {@link dev.easel.analyzer.cfg.CfgParser}) evaluated against the configuration one build has
 * ({@link dev.easel.analyzer.cfg.CfgSet}: the target's {@code rustc --print cfg}, the enabled features, the build
 * script's {@code rustc-cfg} values).
 */
package dev.easel.analyzer.cfg;
