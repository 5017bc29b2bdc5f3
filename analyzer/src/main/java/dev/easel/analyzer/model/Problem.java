package dev.easel.analyzer.model;

/**
 * A non-fatal problem met while analysing, located where possible.
 *
 * @param stage   intake, manifest, build, ir, mir, source, ...
 * @param file    the file it concerns, or null
 * @param line    1-based line, 0 when unknown
 * @param message what went wrong
 */
public record Problem(String stage, String file, int line, String message) {
    @Override
    public String toString() {
        return (file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + stage + ": " + message;
    }
}
