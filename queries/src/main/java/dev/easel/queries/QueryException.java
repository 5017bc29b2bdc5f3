package dev.easel.queries;

/** A query could not be found, parameterised or run; the message is one line a user can act on. */
public class QueryException extends RuntimeException {

    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
