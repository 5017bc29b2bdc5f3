package dev.easel.graph.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A range index on properties of a node type, for the lookups the loader and the queries make.
 *
 * @param name       the index name
 * @param node       the indexed node type
 * @param properties the indexed properties
 * @param why        who needs it
 */
public record Index(String name, NodeType node, List<String> properties, String why) {

    public Index {
        properties = List.copyOf(properties);
        node.requireDeclared(java.util.Set.copyOf(properties));
    }

    public String create() {
        return "CREATE INDEX " + name + " IF NOT EXISTS FOR (n:" + node.label() + ") ON ("
                + properties.stream().map(p -> "n." + p).collect(Collectors.joining(", ")) + ")";
    }
}
