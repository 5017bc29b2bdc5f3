/**
 * What the fuzz tests of the readers share ({@code @FuzzTest}, Jazzer; docs/fuzzing.md): the checks every reader's
 * problems must pass (they name the file read and a line inside it) and one scratch folder per JVM for the readers
 * that take a path.
 */
package dev.easel.analyzer.fuzzing;
