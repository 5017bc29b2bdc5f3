package dev.easel.queries;

import java.util.stream.Collectors;

/** Markdown reference of the canned queries, generated from their headers (docs/queries.md embeds it). */
public final class QueryDocs {

    public static final String BEGIN = "<!-- BEGIN GENERATED FROM THE QUERY HEADERS: do not edit by hand -->";
    public static final String END = "<!-- END GENERATED -->";

    private QueryDocs() {
    }

    public static String markdown(QueryCatalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append(BEGIN).append("\n\n");
        out.append("| query | what it answers |\n| --- | --- |\n");
        for (QueryDefinition q : catalog.all()) {
            out.append("| [`").append(q.name()).append("`](#").append(q.name()).append(") | ")
                    .append(firstSentence(q.description())).append(" |\n");
        }
        out.append('\n');
        for (QueryDefinition q : catalog.all()) {
            out.append("### ").append(q.name()).append("\n\n").append(q.description()).append("\n\n");
            if (!q.params().isEmpty()) {
                out.append("| parameter | type | default | meaning |\n| --- | --- | --- | --- |\n");
                for (QueryParameter p : q.params()) {
                    out.append("| `").append(p.name()).append("` | ").append(p.type()).append(" | ")
                            .append(p.required() ? "(required)" : p.defaultValue().isEmpty() ? "(empty)" : "`" + p.defaultValue() + "`")
                            .append(" | ").append(p.description()).append(" |\n");
                }
                out.append('\n');
            }
            out.append("Columns: ").append(q.columns().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", ")))
                    .append(q.usesLimit() ? ". Rows: at most `$limit`." : ".").append("\n\n");
            out.append("```cypher\n").append(body(q.text())).append("\n```\n\n");
        }
        out.append(END).append('\n');
        return out.toString();
    }

    private static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        String s = dot < 0 ? text : text.substring(0, dot + 1);
        return s.replace("|", "\\|");
    }

    /** The Cypher without its header comments. */
    private static String body(String text) {
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && (lines[i].strip().startsWith("//") || lines[i].isBlank())) {
            i++;
        }
        StringBuilder out = new StringBuilder();
        for (; i < lines.length; i++) {
            out.append(lines[i]).append('\n');
        }
        return out.toString().strip();
    }
}
