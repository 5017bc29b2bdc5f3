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
        for (NodeType n : GraphSchema.NODES) {
            md.append("| `").append(n.label()).append("` | `").append(n.key().name()).append('`')
                    .append(n.keyDoc().isEmpty() ? "" : " = " + n.keyDoc()).append(" | ")
                    .append(list(n.properties())).append(" |\n");
        }
        md.append("\n| relationship | properties | meaning |\n| --- | --- | --- |\n");
        for (RelationshipType r : GraphSchema.RELATIONSHIPS) {
            md.append("| `(").append(r.from().label()).append(")-[:").append(r.type()).append("]->(")
                    .append(r.to().label()).append(")` | ").append(list(r.properties())).append(" | ")
                    .append(r.owned() || !r.doc().isEmpty() ? r.doc() : "shared, merged")
                    .append(" |\n");
        }
        md.append("\n| index | on | why |\n| --- | --- | --- |\n");
        for (Index i : GraphSchema.INDEXES) {
            md.append("| `").append(i.name()).append("` | `").append(i.node().label()).append('(')
                    .append(String.join(", ", i.properties())).append(")` | ").append(i.why()).append(" |\n");
        }
        return md.toString();
    }

    private static String list(List<Property> properties) {
        return properties.stream()
                .map(p -> "`" + p.name() + "`" + (p.doc().isEmpty() ? "" : " (" + p.doc() + ")"))
                .collect(Collectors.joining(", "));
    }
}
