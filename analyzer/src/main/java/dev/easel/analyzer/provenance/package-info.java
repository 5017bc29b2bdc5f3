/**
 * Crate provenance: what packaging recorded about a crate's repository and commit ({@link
 * dev.easel.analyzer.provenance.VcsInfoReader}), and whether the published files are those of that commit
 * ({@link dev.easel.analyzer.provenance.ProvenanceVerifier}, reading local git mirrors with JGit, never the network
 * and never the {@code git} program). See docs/provenance.md.
 */
package dev.easel.analyzer.provenance;
