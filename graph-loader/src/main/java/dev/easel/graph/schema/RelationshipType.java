package dev.easel.graph.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A relationship type between two node types.
 *
 * @param type       the relationship type
 * @param from       start node type
 * @param to         end node type
 * @param owned      true when the start version owns the relationship: created anew each time that version is
 *                   loaded (its old ones are deleted first); false when shared and MERGEd
 * @param doc        what it means, for the docs; empty when the name says it
 * @param properties its properties, in CSV column order
 */
public record RelationshipType(String type, NodeType from, NodeType to, boolean owned, String doc,
                               List<Property> properties) {

    public RelationshipType {
        properties = List.copyOf(properties);
    }

    public Map<String, Property> byName() {
        Map<String, Property> out = new LinkedHashMap<>();
        properties.forEach(p -> out.put(p.name(), p));
        return out;
    }

    /** Throws when {@code names} holds a property this type does not declare: the write paths cannot drift. */
    public void requireDeclared(Set<String> names) {
        Property.requireDeclared(type, byName(), names);
    }

    /** neo4j-admin import's header: start and end ids in their id spaces, then every property typed. */
    public List<String> csvHeaders() {
        List<String> out = new ArrayList<>();
        out.add(":START_ID(" + from.label() + ")");
        out.add(":END_ID(" + to.label() + ")");
        properties.forEach(p -> out.add(p.csvHeader()));
        return out;
    }
}
