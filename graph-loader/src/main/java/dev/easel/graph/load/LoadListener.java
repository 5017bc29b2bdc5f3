package dev.easel.graph.load;

/** Told of a load's progress, after each window is written (for progress displays and tests). */
@FunctionalInterface
public interface LoadListener {

    LoadListener NONE = (loaded, failed) -> { };

    /** @param loaded versions completed so far; @param failed versions failed so far */
    void progress(long loaded, long failed);
}
