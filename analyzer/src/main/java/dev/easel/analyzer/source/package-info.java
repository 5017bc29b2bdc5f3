/**
 * Unsafe counted from source: geiger's five counters and easel's extras, over the files a crate compiles or every
 * .rs file.
 */
package dev.easel.analyzer.source;
