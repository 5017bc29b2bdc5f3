/** The crates.io db-dump reader against gunzip+untar of the same file, and the synthetic crates.io-size dump it reads. */
package dev.easel.bench.dump;
