/** Test inputs shared by the modules' tests: the Debian cargo registry the tests read ({@link dev.easel.analyzer.testdata.TestRegistry}). */
package dev.easel.analyzer.testdata;
