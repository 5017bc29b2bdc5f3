package dev.easel.graph.db;

import dev.easel.graph.schema.GraphSchema;
import dev.easel.graph.schema.NodeType;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A graph as sorted text lines, for comparing two graphs exactly (not only their counts): one line per node, its labels
 * and every property, one line per relationship, its type, properties and the two ends named by their labels and keys
 * ({@link GraphSchema}), never by internal ids. Two stores hold the same graph when their dumps are equal; a differing
 * line says what differs. Values keep their type ({@code 1} is a long, {@code 1.0} a double, strings are quoted).
 *
 * <p>Reads everything into memory: for test graphs.
 */
public final class GraphDump {

    private GraphDump() {
    }

    /** The canonical dump of the store's graph: node lines, then relationship lines, each sorted. */
    public static List<String> canonical(GraphStore store) {
        Map<String, String> nameById = new HashMap<>();
        List<String> nodes = new ArrayList<>();
        List<String> relationships = new ArrayList<>();
        try (Session session = store.session()) {
            Result r = session.run("MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props");
            while (r.hasNext()) {
                Record row = r.next();
                List<String> labels = row.get("labels").asList(Value::asString).stream().sorted().toList();
                Map<String, Object> props = row.get("props").asMap();
                nameById.put(row.get("id").asString(), name(labels, props));
                nodes.add("node " + String.join(":", labels) + " " + render(props));
            }
            r = session.run("MATCH (a)-[x]->(b) RETURN elementId(a) AS a, elementId(b) AS b, type(x) AS type,"
                    + " properties(x) AS props");
            while (r.hasNext()) {
                Record row = r.next();
                relationships.add("rel " + nameById.get(row.get("a").asString()) + " -[:" + row.get("type").asString()
                        + " " + render(row.get("props").asMap()) + "]-> " + nameById.get(row.get("b").asString()));
            }
        }
        nodes.sort(null);
        relationships.sort(null);
        List<String> out = new ArrayList<>(nodes);
        out.addAll(relationships);
        return out;
    }

    /** A node by its labels and the key of its declared label; all its properties when no label is declared. */
    private static String name(List<String> labels, Map<String, Object> props) {
        for (NodeType type : GraphSchema.NODES) {
            if (labels.contains(type.label())) {
                String key = type.key().name();
                return "(:" + String.join(":", labels) + " {" + key + ": " + value(props.get(key)) + "})";
            }
        }
        return "(:" + String.join(":", labels) + " " + render(props) + ")";
    }

    private static String render(Map<String, Object> props) {
        return new TreeMap<>(props).entrySet().stream().map(e -> e.getKey() + ": " + value(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String s) {
            return quoted(s);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(GraphDump::value).collect(Collectors.joining(", ", "[", "]"));
        }
        if (v instanceof Double d) {
            return Double.toString(d);
        }
        return v.toString();
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }
}
