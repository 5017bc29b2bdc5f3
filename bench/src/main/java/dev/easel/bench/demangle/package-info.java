/** Symbol demangling throughput against scanning the same symbols' characters. */
package dev.easel.bench.demangle;
