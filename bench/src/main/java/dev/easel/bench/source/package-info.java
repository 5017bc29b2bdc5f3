/** Lexing, unsafe counting and the native census against reading the same files' bytes. */
package dev.easel.bench.source;
