package dev.easel.graph.db;

/** The graph database cannot be used: unreachable, wrong credentials, or a bad URI. The message is one line. */
public final class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message.replace('\n', ' '), cause);
    }
}
