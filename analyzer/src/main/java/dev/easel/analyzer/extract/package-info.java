/**
 * One crate's call graph and FFI boundary from the .ll and .mir rustc wrote: two passes ({@link
 * dev.easel.analyzer.extract.IrPass}, {@link dev.easel.analyzer.extract.MirPass}) over one state.
 */
package dev.easel.analyzer.extract;
