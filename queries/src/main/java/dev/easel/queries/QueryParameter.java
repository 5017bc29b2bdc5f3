package dev.easel.queries;

/**
 * A parameter a query declares in its header: {@code // param: name (type) = default — meaning}.
 *
 * @param name         the Cypher parameter name, without {@code $}
 * @param type         how raw text is converted
 * @param defaultValue raw default text, or null when the parameter is required (no {@code =} in the header)
 * @param description  what it means
 */
public record QueryParameter(String name, ParamType type, String defaultValue, String description) {

    public boolean required() {
        return defaultValue == null;
    }
}
