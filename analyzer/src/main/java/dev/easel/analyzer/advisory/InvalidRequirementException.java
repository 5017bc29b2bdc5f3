package dev.easel.analyzer.advisory;

/** A version requirement that does not follow Cargo's syntax; the message says what and where. */
public final class InvalidRequirementException extends IllegalArgumentException {

    public InvalidRequirementException(String message) {
        super(message);
    }
}
