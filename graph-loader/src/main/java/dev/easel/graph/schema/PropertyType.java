package dev.easel.graph.schema;

/** The type of a stored property, as neo4j-admin import's CSV headers name it. */
public enum PropertyType {
    STRING(""), LONG("long"), DOUBLE("double"), BOOLEAN("boolean"), STRING_ARRAY("string[]");

    private final String csvSuffix;

    PropertyType(String csvSuffix) {
        this.csvSuffix = csvSuffix;
    }

    /** The CSV header of a column of this type, e.g. {@code count:long}. */
    public String csvHeader(String name) {
        return csvSuffix.isEmpty() ? name : name + ":" + csvSuffix;
    }
}
