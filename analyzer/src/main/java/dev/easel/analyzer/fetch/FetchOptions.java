package dev.easel.analyzer.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to fetch.
 *
 * @param index             where the registry index is (default crates.io's sparse index)
 * @param out               the folder the archives go to, as {@code <name>-<version>.crate}
 * @param allVersions       every version of a crate asked for without a version, not just the latest
 * @param includeYanked     yanked versions count too
 * @param jobs              transfers in parallel
 * @param requestsPerSecond most requests per second to one host
 * @param retries           attempts after the first, for transient failures
 * @param timeout           longest wait for headers or for the next body bytes
 * @param retryBase         the first backoff step (doubling, jittered)
 * @param offline           touch no network: only archives already present (and valid) count
 */
public record FetchOptions(IndexLocation index, Path out, boolean allVersions, boolean includeYanked, int jobs,
                           double requestsPerSecond, int retries, Duration timeout, Duration retryBase,
                           boolean offline) {

    public static final int DEFAULT_JOBS = 4;
    /** Polite to a CDN and to a small private registry alike. */
    public static final double DEFAULT_RATE = 5;
    public static final int DEFAULT_RETRIES = 3;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RETRY_BASE = Duration.ofSeconds(1);

    public FetchOptions {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(out, "out");
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("the rate must be above 0 requests per second");
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more");
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
        if (retryBase == null || retryBase.isNegative()) {
            throw new IllegalArgumentException("the retry base must be 0 or more");
        }
    }

    /** Latest non-yanked versions from {@code index} into {@code out}, with the defaults above. */
    public static FetchOptions defaults(IndexLocation index, Path out) {
        return new FetchOptions(index, out, false, false, DEFAULT_JOBS, DEFAULT_RATE, DEFAULT_RETRIES, DEFAULT_TIMEOUT,
                DEFAULT_RETRY_BASE, false);
    }

    public FetchOptions withVersions(boolean allVersions, boolean includeYanked) {
        return new FetchOptions(index, out, allVersions, includeYanked, jobs, requestsPerSecond, retries, timeout,
                retryBase, offline);
    }

    public FetchOptions withTransfers(int jobs, double requestsPerSecond, int retries, Duration timeout,
                                      Duration retryBase) {
        return new FetchOptions(index, out, allVersions, includeYanked, jobs, requestsPerSecond, retries, timeout,
                retryBase, offline);
    }

    public FetchOptions withOffline(boolean offline) {
        return new FetchOptions(index, out, allVersions, includeYanked, jobs, requestsPerSecond, retries, timeout,
                retryBase, offline);
    }
}
