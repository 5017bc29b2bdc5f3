/** Cargo.toml parsing against reading the same files' bytes. */
package dev.easel.bench.manifest;
