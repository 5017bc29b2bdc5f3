package dev.easel.queries.report;

import java.util.Base64;
import java.util.List;

/**
 * The report as one self-contained HTML file: styles inline, every chart embedded as inline SVG (with the PNG as a
 * base64 data URI fallback for viewers without SVG), no external files.
 */
final class HtmlRenderer {

    private static final String STYLE = """
            body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1100px;
                   color: #222; line-height: 1.45; padding: 0 1em; }
            h1 { border-bottom: 2px solid #1f77b4; padding-bottom: .2em; }
            h2 { margin-top: 1.8em; color: #1f4e79; }
            table { border-collapse: collapse; margin: .8em 0 1.2em; font-size: .92em; }
            th, td { border: 1px solid #ccc; padding: .3em .7em; vertical-align: top; }
            th { background: #eef3f8; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            tr:nth-child(even) td { background: #fafafa; }
            figure { margin: 1em 0 1.6em; }
            figure svg, figure img { max-width: 100%; height: auto; border: 1px solid #e4e4e4; }
            figcaption { font-size: .9em; color: #555; }
            .empty { color: #777; font-style: italic; }
            .scroll { overflow-x: auto; }
            """;

    private HtmlRenderer() {
    }

    static String render(String title, List<ReportBlock> blocks) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        for (ReportBlock block : blocks) {
            if (block instanceof ReportBlock.Heading h) {
                out.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h")
                        .append(h.level()).append(">\n");
            } else if (block instanceof ReportBlock.Paragraph p) {
                out.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (block instanceof ReportBlock.Bullets b) {
                out.append("<ul>\n");
                b.items().forEach(i -> out.append("<li>").append(escape(i)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (block instanceof ReportBlock.Table t) {
                table(out, t);
            } else if (block instanceof ReportBlock.Figure f) {
                figure(out, f.chart());
            }
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void table(StringBuilder out, ReportBlock.Table t) {
        if (t.rows().isEmpty()) {
            out.append("<p class=\"empty\">(no rows)</p>\n");
            return;
        }
        out.append("<div class=\"scroll\"><table>\n<thead><tr>");
        t.columns().forEach(c -> out.append("<th>").append(escape(c)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                out.append(t.numeric()[c] ? "<td class=\"num\">" : "<td>").append(escape(row.get(c))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private static void figure(StringBuilder out, ReportChart chart) {
        out.append("<figure id=\"chart-").append(chart.name()).append("\">\n");
        out.append(inlineSvg(chart.svg())).append('\n');
        out.append("<noscript><img alt=\"").append(escape(chart.title())).append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(chart.png())).append("\"></noscript>\n");
        out.append("<figcaption>").append(escape(chart.title())).append("</figcaption>\n</figure>\n");
    }

    /** The SVG element alone: the XML declaration and DOCTYPE are not allowed inside HTML. */
    static String inlineSvg(String svg) {
        int start = svg.indexOf("<svg");
        if (start < 0) {
            throw new IllegalArgumentException("not an SVG document");
        }
        String element = svg.substring(start).strip();
        // scale with the page: keep the drawing's coordinate system, let CSS size it
        if (!element.contains("viewBox")) {
            element = element.replaceFirst("<svg", "<svg viewBox=\"0 0 " + ReportCharts.WIDTH + " " + ReportCharts.HEIGHT + "\"");
        }
        return element;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
