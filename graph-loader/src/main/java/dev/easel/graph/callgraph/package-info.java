/**
 * A crate version's call graph in JGraphT, built and pruned by named passes ({@link
 * dev.easel.graph.callgraph.CallGraphBuilder}); reachability of FFI and unsafe code over the condensation.
 */
package dev.easel.graph.callgraph;
