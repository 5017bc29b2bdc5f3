package dev.easel.analyzer.fetch;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.of(5, Duration.ofSeconds(1));

    @Test
    void backoffDoublesWithJitterBetweenHalfAndAllOfTheStepAndIsCapped() {
        assertEquals(Duration.ofMillis(500), policy.delay(1, null, 0.0));
        assertEquals(Duration.ofMillis(1999), policy.delay(2, null, 0.999));
        assertEquals(Duration.ofMillis(2000), policy.delay(3, null, 0.0));
        assertEquals(Duration.ofSeconds(15), policy.delay(10, null, 0.0), "capped at 30 s, jittered");
    }

    @Test
    void retryAfterIsAFloorUnlessItAsksForTooLong() {
        assertEquals(Duration.ofSeconds(7), policy.delay(1, Duration.ofSeconds(7), 0.5));
        assertEquals(Duration.ofMillis(750), policy.delay(1, Duration.ZERO, 0.5));
        assertNull(policy.delay(1, Duration.ofHours(1), 0.5));
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        assertEquals(Duration.ofSeconds(120), RetryPolicy.parseRetryAfter("120", now));
        assertEquals(Duration.ofSeconds(30), RetryPolicy.parseRetryAfter("Fri, 20 Nov 2026 10:00:30 GMT", now));
        assertEquals(Duration.ZERO, RetryPolicy.parseRetryAfter("Fri, 20 Nov 2026 09:00:00 GMT", now));
        assertNull(RetryPolicy.parseRetryAfter("soon", now));
        assertNull(RetryPolicy.parseRetryAfter(null, now));
    }

    @Test
    void rateLimiterSpacesRequestsPerHostOnly() throws InterruptedException {
        RateLimiter limiter = new RateLimiter(10);
        URI a = URI.create("http://a.example/x");
        URI b = URI.create("http://b.example/x");
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            limiter.acquire(a);
        }
        long sameHost = System.nanoTime() - start;
        assertTrue(sameHost >= Duration.ofMillis(390).toNanos(), "5 requests at 10/s take 0.4 s: " + sameHost);
        long other = System.nanoTime();
        limiter.acquire(b);
        assertTrue(System.nanoTime() - other < Duration.ofMillis(50).toNanos(), "another host does not wait");
    }
}
