package dev.easel.queries.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportGenerator#generate} wrote.
 *
 * @param markdown   {@code report.md}
 * @param html       {@code report.html}, self-contained
 * @param chartFiles the PNG and SVG files under {@code charts/}
 * @param data       the query results the report shows
 */
public record Report(Path markdown, Path html, List<Path> chartFiles, ReportData data) {

    public Report {
        chartFiles = List.copyOf(chartFiles);
    }
}
