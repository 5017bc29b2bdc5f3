package dev.easel.graph.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The graph model tables of docs/ARCHITECTURE.md, written from {@link GraphSchema}; a test keeps the document equal
 * to this text, so the manual cannot drift from the code.
 */
public final class SchemaDoc {

    /** The markers around the generated tables in docs/ARCHITECTURE.md. */
    public static final String BEGIN = "<!-- graph-schema:begin (generated from GraphSchema by SchemaDoc) -->";
    public static final String END = "<!-- graph-schema:end -->";

    private SchemaDoc() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| node | key | properties |\n| --- | --- | --- |\n");
        for (NodeType n : concat(GraphSchema.NODES, GraphSchema.ADVISORY_NODES)) {
            md.append("| `").append(n.label()).append("` | `").append(n.key().name()).append('`')
                    .append(n.keyDoc().isEmpty() ? "" : " = " + n.keyDoc()).append(" | ")
                    .append(list(n.properties())).append(" |\n");
        }
        md.append("\n| relationship | properties | meaning |\n| --- | --- | --- |\n");
        for (RelationshipType r : concat(GraphSchema.RELATIONSHIPS, GraphSchema.ADVISORY_RELATIONSHIPS)) {
            md.append("| `(").append(r.from().label()).append(")-[:").append(r.type()).append("]->(")
                    .append(r.to().label()).append(")` | ").append(list(r.properties())).append(" | ")
                    .append(r.doc()).append(r.owned() ? "" : (r.doc().isEmpty() ? "" : "; ") + "shared, merged")
                    .append(" |\n");
        }
        md.append("\n| index | on | why |\n| --- | --- | --- |\n");
        for (Index i : GraphSchema.INDEXES) {
            md.append("| `").append(i.name()).append("` | `").append(i.node().label()).append('(')
                    .append(String.join(", ", i.properties())).append(")` | ").append(i.why()).append(" |\n");
        }
        return md.toString();
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static String list(List<Property> properties) {
        return properties.stream()
                .map(p -> "`" + p.name() + "`" + (p.doc().isEmpty() ? "" : " (" + p.doc() + ")"))
                .collect(Collectors.joining(", "));
    }
}
