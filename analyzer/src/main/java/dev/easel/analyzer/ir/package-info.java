/**
 * A streaming reader of rustc's textual LLVM IR: defined and declared functions, calls, aliases, debug locations;
 * memory independent of file size.
 */
package dev.easel.analyzer.ir;
