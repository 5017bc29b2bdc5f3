package dev.easel.graph.schema;

import java.util.Map;
import java.util.Set;

/**
 * A property of a node or relationship type.
 *
 * @param name stored name (Painter's where Painter has one)
 * @param type stored type
 * @param doc  what it holds, for docs/ARCHITECTURE.md; empty when the name says it
 */
public record Property(String name, PropertyType type, String doc) {

    public static Property string(String name, String doc) {
        return new Property(name, PropertyType.STRING, doc);
    }

    public static Property string(String name) {
        return string(name, "");
    }

    public static Property number(String name, String doc) {
        return new Property(name, PropertyType.LONG, doc);
    }

    public static Property number(String name) {
        return number(name, "");
    }

    public static Property flag(String name, String doc) {
        return new Property(name, PropertyType.BOOLEAN, doc);
    }

    public static Property flag(String name) {
        return flag(name, "");
    }

    public static Property strings(String name, String doc) {
        return new Property(name, PropertyType.STRING_ARRAY, doc);
    }

    public String csvHeader() {
        return type.csvHeader(name);
    }

    /** Throws naming {@code owner} when {@code names} holds a property {@code declared} lacks. */
    static void requireDeclared(String owner, Map<String, Property> declared, Set<String> names) {
        for (String n : names) {
            if (!declared.containsKey(n)) {
                throw new IllegalStateException(owner + " declares no property '" + n + "' (GraphSchema)");
            }
        }
    }
}
