package dev.easel.analyzer.fetch;

import java.time.Duration;

/** One transfer (an index file, an archive) failed; {@code retryAfter} is the server's Retry-After, or null. */
final class TransferException extends Exception {

    private final FailureReason reason;
    private final transient Duration retryAfter;

    TransferException(FailureReason reason, String message) {
        this(reason, message, null);
    }

    TransferException(FailureReason reason, String message, Duration retryAfter) {
        super(message, null, false, false); // an expected outcome, reported as text: no stack trace to keep
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    FailureReason reason() {
        return reason;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
