package dev.easel.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a long run over many items. On a terminal it is a bar redrawn in place on stderr (counts, current item,
 * ETA); elsewhere one log line per finished item; in quiet mode nothing.
 */
interface Progress extends AutoCloseable {

    /** An item has started. */
    void started(String item);

    /** An item has finished; {@code outcome} is a few words ("ok", "failed: compile error"). */
    void finished(String item, String outcome);

    @Override
    void close();

    static Progress create(CommonOptions options, String what, int total) {
        if (options.quiet) {
            return new Silent();
        }
        return options.showProgress() ? new Bar(System.err, what, total) : new Lines(what, total);
    }

    /** Quiet mode. */
    final class Silent implements Progress {
        @Override
        public void started(String item) {
        }

        @Override
        public void finished(String item, String outcome) {
        }

        @Override
        public void close() {
        }
    }

    /** Not a terminal: a log line per item, for CI logs and redirected stderr. */
    final class Lines implements Progress {
        private static final Logger LOG = LoggerFactory.getLogger("easel");
        private final String what;
        private final int total;
        private int done;

        Lines(String what, int total) {
            this.what = what;
            this.total = total;
        }

        @Override
        public void started(String item) {
            LOG.debug("{} {}", what, item);
        }

        @Override
        public synchronized void finished(String item, String outcome) {
            done++;
            LOG.info("[{}/{}] {}: {}", done, total, item, outcome);
        }

        @Override
        public void close() {
        }
    }

    /** A terminal: one line redrawn in place. */
    final class Bar implements Progress {
        private static final int WIDTH = 24;
        private final PrintStream err;
        private final String what;
        private final int total;
        private final long startNanos = System.nanoTime();
        private int done;
        private String current = "";

        Bar(PrintStream err, String what, int total) {
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
        public synchronized void finished(String item, String outcome) {
            done++;
            if (!outcome.startsWith("ok")) {
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
