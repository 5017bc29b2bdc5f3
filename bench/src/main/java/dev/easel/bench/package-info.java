/**
 * The benchmarks behind docs/PERFORMANCE.md, outside the product: {@code easel bench NAME} runs each against a
 * baseline in the same process. One heap helper ({@link dev.easel.bench.HeapPeak}) for all of them.
 */
package dev.easel.bench;
