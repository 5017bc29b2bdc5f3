/**
 * Typosquatting checks over crate names, without a database: the checks of Typomania (the Rust Foundation's port of
 * typogard, which crates.io runs on every new crate) plus crates.io's prefix/suffix check, run the other way round.
 * Every name a check could lead from a popular crate is generated once from the corpus into a hash map
 * ({@link dev.easel.analyzer.typosquat.CandidateIndex}); each crate name is then one lookup, never an edit distance
 * against every popular name.
 *
 * <p>Entry point: {@link dev.easel.analyzer.typosquat.TyposquatDetector}, built from the corpus
 * ({@link dev.easel.analyzer.typosquat.PopularCrate}s) and the {@link dev.easel.analyzer.typosquat.Check}s to run;
 * {@code check(name, owners)} returns the {@link dev.easel.analyzer.typosquat.Suspect}s. Names compare as crates.io
 * compares them ({@link dev.easel.analyzer.typosquat.CrateNames#canonical}); a name counts as a possible squat of a
 * popular crate only when the names differ and the two crates share no owner. docs/typosquatting.md has the rules and
 * the score.
 */
package dev.easel.analyzer.typosquat;
