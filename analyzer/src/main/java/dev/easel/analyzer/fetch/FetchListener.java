package dev.easel.analyzer.fetch;

import dev.easel.analyzer.model.Problem;

import java.time.Duration;

/**
 * Progress of a fetch, for a display. Called from worker threads, possibly at the same time: implementations must be
 * thread-safe. Every method does nothing by default.
 */
public interface FetchListener {

    FetchListener NONE = new FetchListener() {
    };

    /** The index was read: this many outcomes will follow (archives to check or get, and refused requests). */
    default void planned(int outcomes) {
    }

    /** Work on the archive {@code id} ({@code name@version}) began. */
    default void started(String id) {
    }

    /** One outcome is final. */
    default void finished(ArchiveOutcome outcome) {
    }

    /** A transfer failed in a way worth another try, which follows after {@code delay}. */
    default void retrying(String url, int retry, Duration delay, String why) {
    }

    /** An index line that was skipped (file or URL, line number, why). */
    default void problem(Problem problem) {
    }
}
