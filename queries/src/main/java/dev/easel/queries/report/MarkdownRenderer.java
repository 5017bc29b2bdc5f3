package dev.easel.queries.report;

import java.util.List;

/** The report as GitHub-flavoured Markdown; charts are referenced as {@code charts/<name>.png}. */
final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    static String render(List<ReportBlock> blocks) {
        StringBuilder out = new StringBuilder();
        for (ReportBlock block : blocks) {
            if (block instanceof ReportBlock.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (block instanceof ReportBlock.Paragraph p) {
                out.append(p.text()).append("\n\n");
            } else if (block instanceof ReportBlock.Bullets b) {
                b.items().forEach(item -> out.append("- ").append(item).append('\n'));
                out.append('\n');
            } else if (block instanceof ReportBlock.Table t) {
                table(out, t);
            } else if (block instanceof ReportBlock.Figure f) {
                out.append("![").append(f.chart().title()).append("](charts/").append(f.chart().name())
                        .append(".png)\n\n");
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, ReportBlock.Table t) {
        if (t.rows().isEmpty()) {
            out.append("_(no rows)_\n\n");
            return;
        }
        out.append("| ").append(String.join(" | ", t.columns().stream().map(MarkdownRenderer::cell).toList())).append(" |\n");
        out.append('|');
        for (int c = 0; c < t.columns().size(); c++) {
            out.append(t.numeric()[c] ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (List<String> row : t.rows()) {
            out.append("| ").append(String.join(" | ", row.stream().map(MarkdownRenderer::cell).toList())).append(" |\n");
        }
        out.append('\n');
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
