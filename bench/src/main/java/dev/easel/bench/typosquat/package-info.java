/**
 * The typosquatting benchmark: every crate name of a db-dump against its most downloaded crates with the candidate
 * table of {@code dev.easel.analyzer.typosquat}, beside pairwise Damerau-Levenshtein on a sample.
 */
package dev.easel.bench.typosquat;
