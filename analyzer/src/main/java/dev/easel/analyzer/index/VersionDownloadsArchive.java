package dev.easel.analyzer.index;

import dev.easel.analyzer.model.Problem;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sums crates.io's daily version downloads per version over a window. Reads the archive crates.io publishes at
 * {@code https://static.crates.io/archive/version-downloads/}: one {@code YYYY-MM-DD.csv} per day with the columns
 * {@code version_id,downloads} (the day is the file name), optionally gzipped ({@code .csv.gz}); and the db-dump's own
 * {@code version_downloads.csv} (its last 90 days, with a {@code date} column per row). Columns are found by header
 * name; other files in the folder are ignored. Files dated outside the window are not opened.
 *
 * <p>Memory: one entry per version seen (see {@link IntLongSums}), never one per row.
 */
public final class VersionDownloadsArchive {

    private static final Problem.Stage STAGE = Problem.Stage.INDEX;
    private static final Pattern DAY_FILE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.csv(\\.gz)?");
    private static final Pattern DUMP_FILE = Pattern.compile("version_downloads\\.csv(\\.gz)?");
    private static final int PROBLEMS_PER_FILE = 1000;

    private VersionDownloadsArchive() {
    }

    /**
     * @param archive  the archive folder, or one such file
     * @param window   the days to sum
     * @param problems receives bad files and rows (the rest is read)
     * @throws IOException when the folder cannot be listed or a file not read
     */
    public static RecentDownloads read(Path archive, DownloadWindow window, Consumer<Problem> problems)
            throws IOException {
        Run run = new Run(window, problems);
        for (Path f : files(archive)) {
            run.file(f);
        }
        LocalDate first = run.days.isEmpty() ? null : run.days.first();
        LocalDate last = run.days.isEmpty() ? null : run.days.last();
        return new RecentDownloads(run.sums, new RecentDownloads.Coverage(window, first, last, run.days.size(),
                run.files, run.rows, run.sums.size(), run.problems));
    }

    private static List<Path> files(Path archive) throws IOException {
        if (Files.isRegularFile(archive)) {
            return List.of(archive);
        }
        try (Stream<Path> s = Files.list(archive)) {
            return s.filter(Files::isRegularFile)
                    .filter(f -> DAY_FILE.matcher(name(f)).matches() || DUMP_FILE.matcher(name(f)).matches())
                    .sorted().toList();
        }
    }

    private static String name(Path f) {
        return f.getFileName().toString();
    }

    /** One read's sums and counters. */
    private static final class Run {
        private final DownloadWindow window;
        private final Consumer<Problem> problemSink;
        private final IntLongSums sums = new IntLongSums();
        private final TreeSet<LocalDate> days = new TreeSet<>();
        private int files;
        private long rows;
        private long problems;

        Run(DownloadWindow window, Consumer<Problem> problems) {
            this.window = window;
            this.problemSink = problems;
        }

        void file(Path f) throws IOException {
            String label = f.toString();
            Matcher day = DAY_FILE.matcher(name(f));
            LocalDate fileDay = null;
            if (day.matches()) {
                try {
                    fileDay = LocalDate.parse(day.group(1));
                } catch (DateTimeParseException e) {
                    problem(label, 0, "file name is not a date, file skipped");
                    return;
                }
                if (!window.contains(fileDay)) {
                    return;
                }
            }
            files++;
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(f), 1 << 16);
                 InputStream in = name(f).endsWith(".gz") ? new GzipCompressorInputStream(raw) : raw;
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
                read(reader, label, fileDay);
            }
        }

        private void read(BufferedReader reader, String label, LocalDate fileDay) throws IOException {
            String header = reader.readLine();
            if (header == null) {
                return; // an empty day
            }
            List<String> columns = fields(header);
            int cVersion = columns.indexOf("version_id");
            int cDownloads = columns.indexOf("downloads");
            int cDate = columns.indexOf("date");
            if (cVersion < 0 || cDownloads < 0 || (cDate < 0 && fileDay == null)) {
                problem(label, 1, "needs the columns version_id, downloads" + (fileDay == null ? ", date" : "")
                        + "; file skipped; header: " + columns);
                return;
            }
            boolean dayCounted = false;
            int bad = 0;
            int line = 1;
            for (String text; (text = reader.readLine()) != null; ) {
                line++;
                if (text.isEmpty()) {
                    continue;
                }
                try {
                    List<String> f = fields(text);
                    LocalDate rowDay = fileDay;
                    if (cDate >= 0) {
                        rowDay = LocalDate.parse(field(f, cDate, "date"));
                        if (!window.contains(rowDay)) {
                            continue;
                        }
                    }
                    long versionId = Long.parseLong(field(f, cVersion, "version_id"));
                    long downloads = Long.parseLong(field(f, cDownloads, "downloads"));
                    if (versionId < 0 || versionId > Integer.MAX_VALUE) {
                        throw new IllegalArgumentException("version_id out of range: " + versionId);
                    }
                    if (downloads < 0) {
                        throw new IllegalArgumentException("negative downloads: " + downloads);
                    }
                    sums.add((int) versionId, downloads);
                    rows++;
                    if (cDate >= 0) {
                        days.add(rowDay);
                    } else if (!dayCounted) {
                        days.add(rowDay);
                        dayCounted = true;
                    }
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    if (bad++ < PROBLEMS_PER_FILE) {
                        problem(label, line, "row skipped: " + e.getMessage());
                    }
                }
            }
            if (bad > PROBLEMS_PER_FILE) {
                problem(label, 0, (bad - PROBLEMS_PER_FILE) + " more bad rows skipped without a report each");
            }
        }

        private static String field(List<String> fields, int i, String column) {
            if (i >= fields.size() || fields.get(i).isEmpty()) {
                throw new IllegalArgumentException("empty " + column);
            }
            return fields.get(i);
        }

        /** A line's comma-separated fields; the archive holds numbers and dates, quoted only by a generous writer. */
        private static List<String> fields(String line) {
            List<String> out = new ArrayList<>(3);
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == ',') {
                    String v = line.substring(start, i).strip();
                    if (v.length() >= 2 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"') {
                        v = v.substring(1, v.length() - 1);
                    }
                    out.add(v);
                    start = i + 1;
                }
            }
            return out;
        }

        private void problem(String file, int line, String message) {
            problems++;
            problemSink.accept(new Problem(STAGE, file, line, message));
        }
    }
}
