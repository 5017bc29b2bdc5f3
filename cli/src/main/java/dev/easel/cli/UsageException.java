package dev.easel.cli;

/** The user asked for something that cannot be done as asked (exit code 2). The message is one line. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

}
