package dev.easel.queries;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.neo4j.driver.types.TypeSystem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Driver values to plain Java values the formatters and the report understand. */
final class PlainValues {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private PlainValues() {
    }

    static Object of(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (TYPES.NODE().isTypeOf(v)) {
            return node(v.asNode());
        }
        if (TYPES.RELATIONSHIP().isTypeOf(v)) {
            return relationship(v.asRelationship());
        }
        if (TYPES.PATH().isTypeOf(v)) {
            Path path = v.asPath();
            List<Object> parts = new ArrayList<>();
            path.nodes().forEach(n -> parts.add(node(n)));
            return parts;
        }
        if (TYPES.LIST().isTypeOf(v)) {
            List<Object> list = new ArrayList<>();
            v.values().forEach(e -> list.add(of(e)));
            return list;
        }
        if (TYPES.MAP().isTypeOf(v)) {
            Map<String, Object> map = new LinkedHashMap<>();
            v.keys().forEach(k -> map.put(k, of(v.get(k))));
            return map;
        }
        if (TYPES.INTEGER().isTypeOf(v) || TYPES.FLOAT().isTypeOf(v) || TYPES.BOOLEAN().isTypeOf(v)
                || TYPES.STRING().isTypeOf(v)) {
            return v.asObject();
        }
        // temporal, spatial, vector: their text form is what a user reads anyway
        return v.toString();
    }

    private static Map<String, Object> node(Node n) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        n.labels().forEach(labels::add);
        map.put("labels", labels);
        n.keys().forEach(k -> map.put(k, of(n.get(k))));
        return map;
    }

    private static Map<String, Object> relationship(Relationship r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", r.type());
        r.keys().forEach(k -> map.put(k, of(r.get(k))));
        return map;
    }
}
