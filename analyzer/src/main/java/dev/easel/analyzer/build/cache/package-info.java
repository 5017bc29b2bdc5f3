/**
 * The analysis cache: finished analyses keyed by source checksum, rustc version, flags and features, so re-runs
 * skip unchanged crates and interrupted runs resume.
 */
package dev.easel.analyzer.build.cache;
