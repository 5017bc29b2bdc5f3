/**
 * A crate's foreign interface for one target ({@link dev.easel.analyzer.model.ForeignInterface}): extern blocks,
 * foreign declarations and {@code #[link]} attributes where rustc compiles them, with {@code cfg} conditions
 * evaluated ({@link dev.easel.analyzer.foreign.ForeignInterfaceScanner}).
 */
package dev.easel.analyzer.foreign;
