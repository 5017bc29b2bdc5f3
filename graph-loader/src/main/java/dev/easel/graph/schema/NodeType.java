package dev.easel.graph.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A node label with its unique key and its other properties.
 *
 * @param label      the label
 * @param key        the unique key (a uniqueness constraint)
 * @param keyDoc     what the key's values look like, for the docs
 * @param properties the other properties, in CSV column order
 */
public record NodeType(String label, Property key, String keyDoc, List<Property> properties) {

    public NodeType {
        properties = List.copyOf(properties);
    }

    /** Property name → property, the key included. */
    public Map<String, Property> byName() {
        Map<String, Property> out = new LinkedHashMap<>();
        out.put(key.name(), key);
        properties.forEach(p -> out.put(p.name(), p));
        return out;
    }

    /** Throws when {@code names} holds a property this type does not declare: the write paths cannot drift. */
    public void requireDeclared(Set<String> names) {
        Property.requireDeclared(label, byName(), names);
    }

    /** neo4j-admin import's header: the key as {@code :ID(Label)}, then every property typed. */
    public List<String> csvHeaders() {
        List<String> out = new ArrayList<>();
        out.add(key.name() + ":ID(" + label + ")");
        properties.forEach(p -> out.add(p.csvHeader()));
        return out;
    }

    /** The uniqueness constraint on the key. */
    public String constraint() {
        return "CREATE CONSTRAINT " + constraintName() + " IF NOT EXISTS FOR (n:" + label + ") REQUIRE n."
                + key.name() + " IS UNIQUE";
    }

    public String constraintName() {
        return label.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase() + "_" + key.name();
    }
}
