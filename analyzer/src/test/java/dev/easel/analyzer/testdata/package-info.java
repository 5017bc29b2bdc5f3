/** Test inputs shared by the modules' tests: the Debian cargo registry the tests read ({@link dev.easel.analyzer.testdata.DebianRegistry}). */
package dev.easel.analyzer.testdata;
