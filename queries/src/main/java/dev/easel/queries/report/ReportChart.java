package dev.easel.queries.report;

/**
 * One chart of the report, rendered both ways.
 *
 * @param name  file stem under {@code charts/}
 * @param title what it shows
 * @param png   the bitmap
 * @param svg   the vector form, a complete SVG document
 */
public record ReportChart(String name, String title, byte[] png, String svg) {
}
