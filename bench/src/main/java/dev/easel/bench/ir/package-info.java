/** LLVM IR reading against plain line-by-line reading of the same file. */
package dev.easel.bench.ir;
