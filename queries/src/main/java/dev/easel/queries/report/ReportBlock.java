package dev.easel.queries.report;

import java.util.List;

/** A piece of the report, rendered alike to Markdown and HTML. Text is plain (renderers escape it). */
sealed interface ReportBlock {

    record Heading(int level, String text) implements ReportBlock {
    }

    record Paragraph(String text) implements ReportBlock {
    }

    record Bullets(List<String> items) implements ReportBlock {
    }

    /** Cells already as text; numeric columns are right-aligned. */
    record Table(List<String> columns, List<List<String>> rows, boolean[] numeric) implements ReportBlock {
    }

    record Figure(ReportChart chart) implements ReportBlock {
    }
}
