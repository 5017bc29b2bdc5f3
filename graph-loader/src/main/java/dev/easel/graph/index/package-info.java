/**
 * Loading the ecosystem index (crates, versions, dependencies, owners, downloads) read by the analyzer's dump and
 * index readers.
 */
package dev.easel.graph.index;
