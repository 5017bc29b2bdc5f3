package dev.easel.analyzer.ir;

/** A place in a source file, from debug info; line is 1-based. */
public record SourceLocation(String file, int line) {
}
