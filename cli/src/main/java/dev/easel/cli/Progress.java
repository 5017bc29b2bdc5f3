package dev.easel.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress of a long run over many items, on the command's error stream. On a terminal it is a bar redrawn in place
 * (counts, current item, ETA); elsewhere one line per finished item; in quiet mode only the items that failed.
 */
interface Progress extends AutoCloseable {

    /** An item has started. */
    void started(String item);

    /** An item has finished with {@code status}; {@code outcome} says it in a few words ("ok, 12 functions"). */
    void finished(String item, Status status, String outcome);

    @Override
    void close();

    /** How an item ended: failures are shown even when progress is quiet or drawn as a bar. */
    enum Status { SUCCEEDED, FAILED }

    static Progress create(CommonOptions options, PrintWriter err, String what, int total) {
        if (options.quiet) {
            return new Lines(err, total, true);
        }
        return options.showProgress() ? new Bar(err, what, total) : new Lines(err, total, false);
    }

    /** Not a terminal (or quiet): a line per finished item (only the failed ones when quiet), for logs. */
    final class Lines implements Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean failuresOnly;
        private int done;

        Lines(PrintWriter err, int total, boolean failuresOnly) {
            this.err = err;
            this.total = total;
            this.failuresOnly = failuresOnly;
        }

        @Override
        public void started(String item) {
        }

        @Override
        public synchronized void finished(String item, Status status, String outcome) {
            done++;
            if (!failuresOnly || status == Status.FAILED) {
                err.println("[" + done + "/" + total + "] " + item + ": " + outcome);
                err.flush();
            }
        }

        @Override
        public void close() {
        }
    }

    /** A terminal: one line redrawn in place. */
    final class Bar implements Progress {
        private static final int WIDTH = 24;
        private final PrintWriter err;
        private final String what;
        private final int total;
        private final long startNanos = System.nanoTime();
        private int done;
        private String current = "";

        Bar(PrintWriter err, String what, int total) {
            this.err = err;
            this.what = what;
            this.total = total;
            draw();
        }

        @Override
        public synchronized void started(String item) {
            current = item;
            draw();
        }

        @Override
        public synchronized void finished(String item, Status status, String outcome) {
            done++;
            if (status == Status.FAILED) {
                err.print("\r\033[K");
                err.println(item + ": " + outcome);
            }
            draw();
        }

        private void draw() {
            int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
            String eta = "";
            if (done > 0 && done < total) {
                long elapsed = System.nanoTime() - startNanos;
                eta = " ETA " + format(Duration.ofNanos(elapsed / done * (total - done)));
            }
            err.print("\r\033[K[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                    + what + eta + (current.isEmpty() ? "" : "  " + current));
            err.flush();
        }

        static String format(Duration d) {
            long s = d.toSeconds();
            return s >= 3600 ? (s / 3600) + "h" + (s % 3600 / 60) + "m" : s >= 60 ? (s / 60) + "m" + (s % 60) + "s" : s + "s";
        }

        @Override
        public synchronized void close() {
            current = "";
            draw();
            err.println();
        }
    }
}
