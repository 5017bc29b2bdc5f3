package dev.easel.graph.load;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One row of a {@link Statement}: a node by its key, or a relationship by its two ends' keys, with properties
 * (a null value means "no such property"). Equal rows are written once per window.
 */
public sealed interface Row {

    /** The row as the statement's {@code r} parameter. */
    Map<String, Object> parameter();

    Map<String, Object> props();

    /** A node: its key, and its properties (empty for a key-only statement). */
    record Node(Object key, Map<String, Object> props) implements Row {
        public Node {
            props = frozen(props);
        }

        @Override
        public Map<String, Object> parameter() {
            Map<String, Object> p = new HashMap<>();
            p.put("key", key);
            p.put("props", props);
            return p;
        }
    }

    /** A relationship: the keys of its start and end nodes, and its properties. */
    record Relationship(Object from, Object to, Map<String, Object> props) implements Row {
        public Relationship {
            props = frozen(props);
        }

        @Override
        public Map<String, Object> parameter() {
            Map<String, Object> p = new HashMap<>();
            p.put("from", from);
            p.put("to", to);
            p.put("props", props);
            return p;
        }
    }

    private static Map<String, Object> frozen(Map<String, Object> props) {
        return props.isEmpty() ? Map.of() : Collections.unmodifiableMap(new HashMap<>(props));
    }
}
