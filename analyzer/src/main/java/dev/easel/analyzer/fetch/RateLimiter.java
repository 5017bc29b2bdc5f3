package dev.easel.analyzer.fetch;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * At most {@code perSecond} requests to one host (host and port), spaced evenly, shared by all workers: parallel
 * downloads stay polite to each server while different servers (index, archives) do not wait for each other.
 */
final class RateLimiter {

    private final long intervalNanos;
    private final Map<String, Long> nextSlot = new HashMap<>();

    RateLimiter(double perSecond) {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("the rate must be above 0 requests per second");
        }
        this.intervalNanos = (long) (1e9 / perSecond);
    }

    /** Waits for the next free slot of {@code uri}'s host. */
    void acquire(URI uri) throws InterruptedException {
        String host = uri.getHost() + ":" + uri.getPort();
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot.getOrDefault(host, now));
            nextSlot.put(host, slot + intervalNanos);
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
