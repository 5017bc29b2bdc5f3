package dev.easel.analyzer.index;

import java.time.LocalDate;

/**
 * The days whose downloads count as recent: from {@code since} to {@code until}, both included; a null bound is open.
 *
 * @param since first day, null for the archive's beginning
 * @param until last day, null for the archive's end
 */
public record DownloadWindow(LocalDate since, LocalDate until) {

    /** Every day the archive holds. */
    public static final DownloadWindow ALL = new DownloadWindow(null, null);

    public DownloadWindow {
        if (since != null && until != null && since.isAfter(until)) {
            throw new IllegalArgumentException("window starts (" + since + ") after it ends (" + until + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return (since == null || !day.isBefore(since)) && (until == null || !day.isAfter(until));
    }

    @Override
    public String toString() {
        return (since == null ? "the beginning" : since.toString()) + " to " + (until == null ? "the end" : until);
    }
}
