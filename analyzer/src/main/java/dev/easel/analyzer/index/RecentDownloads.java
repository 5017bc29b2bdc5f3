package dev.easel.analyzer.index;

import java.time.LocalDate;

/** Downloads per version summed over a {@link DownloadWindow}, as {@link VersionDownloadsArchive} read them. */
public final class RecentDownloads {

    /**
     * What the archive covered.
     *
     * @param window   the days asked for
     * @param first    the first day that had rows in the window, null when none
     * @param last     the last such day, null when none
     * @param days     days with rows in the window (a gap in the archive shows as fewer days than the window spans)
     * @param files    files read (files whose name dates them outside the window are not opened)
     * @param rows     rows summed
     * @param versions versions with at least one row in the window
     * @param problems bad files and rows reported
     */
    public record Coverage(DownloadWindow window, LocalDate first, LocalDate last, int days, int files, long rows,
                           int versions, long problems) {
    }

    private final IntLongSums sums;
    private final Coverage coverage;

    RecentDownloads(IntLongSums sums, Coverage coverage) {
        this.sums = sums;
        this.coverage = coverage;
    }

    /** The version's downloads in the window, 0 when it had none. */
    public long of(int versionId) {
        return sums.get(versionId);
    }

    public Coverage coverage() {
        return coverage;
    }
}
