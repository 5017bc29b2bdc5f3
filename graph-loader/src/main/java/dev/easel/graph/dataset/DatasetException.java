package dev.easel.graph.dataset;

/** A dataset that cannot be written or read as it is: the message says which file and what is wrong, in one line. */
public final class DatasetException extends RuntimeException {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
