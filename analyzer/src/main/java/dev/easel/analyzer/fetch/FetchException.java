package dev.easel.analyzer.fetch;

/**
 * The run cannot start or go on at all: the registry is unreachable, its {@code config.json} is malformed, the index
 * folder does not exist, the output folder cannot be written. The message is one line naming what failed.
 */
public final class FetchException extends RuntimeException {
    public FetchException(String message) {
        super(message);
    }
}
