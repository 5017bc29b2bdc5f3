package dev.easel.analyzer.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How often and how long to wait before trying a transfer again: exponential backoff from {@code base}, capped at
 * {@code maxBackoff}, with jitter (a random 50–100% of the step, so parallel workers do not retry in lock step); a
 * server's {@code Retry-After} is a floor, unless it asks for more than {@code maxRetryAfter}, which ends the retries.
 *
 * @param retries       attempts after the first
 * @param base          the first wait
 * @param maxBackoff    the longest computed wait
 * @param maxRetryAfter the longest Retry-After honoured
 */
record RetryPolicy(int retries, Duration base, Duration maxBackoff, Duration maxRetryAfter) {

    RetryPolicy {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more");
        }
    }

    static RetryPolicy of(int retries, Duration base) {
        return new RetryPolicy(retries, base, Duration.ofSeconds(30), Duration.ofMinutes(5));
    }

    /**
     * The wait before retry number {@code retry} (1 for the first), or null when the server's Retry-After is longer
     * than this policy waits.
     *
     * @param random a number in [0, 1)
     */
    Duration delay(int retry, Duration retryAfter, double random) {
        if (retryAfter != null && retryAfter.compareTo(maxRetryAfter) > 0) {
            return null;
        }
        long step = base.toMillis() << Math.min(retry - 1, 20);
        long capped = Math.min(step, maxBackoff.toMillis());
        Duration backoff = Duration.ofMillis((long) (capped * (0.5 + random / 2)));
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    static Duration parseRetryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String h = header.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(h)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
