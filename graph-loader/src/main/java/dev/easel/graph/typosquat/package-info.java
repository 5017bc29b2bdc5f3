/**
 * Typosquatting over the graph: reads the corpus (the most downloaded crates, or named ones) and every crate name with
 * its owners, runs {@link dev.easel.analyzer.typosquat.TyposquatDetector}, and replaces all
 * {@code (:Crate)-[:MAY_SQUAT {checks, score}]->(:Crate)} relationships in one transaction. Entry point:
 * {@link dev.easel.graph.typosquat.TyposquatWriter#run}.
 */
package dev.easel.graph.typosquat;
