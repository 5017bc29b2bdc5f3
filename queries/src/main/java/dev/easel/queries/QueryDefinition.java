package dev.easel.queries;

import java.util.List;
import java.util.Optional;

/**
 * One canned query, read from its {@code .cypher} file.
 *
 * @param name        its name (also the file name without {@code .cypher})
 * @param description what it answers
 * @param params      declared parameters, in header order ({@code $limit} is implicit and not listed)
 * @param columns     the columns it returns, in order
 * @param text        the Cypher text, header included (comments are valid Cypher)
 */
public record QueryDefinition(String name, String description, List<QueryParameter> params, List<String> columns,
                              String text) {

    public QueryDefinition {
        params = List.copyOf(params);
        columns = List.copyOf(columns);
    }

    public Optional<QueryParameter> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** True when the query takes {@code $limit} (every list query does). */
    public boolean usesLimit() {
        return text.contains("$limit");
    }
}
