package dev.easel.queries;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a query file's comment header: {@code // name: …}, {@code // description: …},
 * {@code // param: name (type) = default — meaning} (no {@code =} means required), {@code // columns: a, b, c}.
 * The header ends at the first line that is not a {@code //} comment.
 */
final class QueryHeaderParser {

    private static final Pattern FIELD = Pattern.compile("^//\\s*(name|description|param|columns)\\s*:\\s?(.*)$");
    // name (type) [= default] [— meaning]; the dash may be an em dash or " - "
    private static final Pattern PARAM = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_]*)\\s*\\(([a-z]+)\\)\\s*(?:=\\s*(.*?))?\\s*(?:(?:—|\\s-{1,2}\\s)\\s*(.*))?$");

    private QueryHeaderParser() {
    }

    /**
     * @param source where the text came from, for messages
     * @throws QueryException naming the source and line when the header is incomplete or malformed
     */
    static QueryDefinition parse(String source, String text) {
        String name = null;
        String description = null;
        List<String> columns = null;
        List<QueryParameter> params = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("//")) {
                break;
            }
            Matcher m = FIELD.matcher(line);
            if (!m.matches()) {
                continue; // free comment lines are allowed
            }
            String value = m.group(2).strip();
            int lineNo = i + 1;
            switch (m.group(1)) {
                case "name" -> name = value;
                case "description" -> description = description == null ? value : description + " " + value;
                case "columns" -> columns = List.of(value.split("\\s*,\\s*"));
                case "param" -> params.add(parseParam(source, lineNo, value));
                default -> throw new IllegalStateException(m.group(1));
            }
        }
        if (name == null || name.isEmpty()) {
            throw new QueryException(source + ": header has no '// name:' line");
        }
        if (description == null || description.isEmpty()) {
            throw new QueryException(source + ": header has no '// description:' line");
        }
        if (columns == null || columns.isEmpty() || columns.get(0).isEmpty()) {
            throw new QueryException(source + ": header has no '// columns:' line");
        }
        return new QueryDefinition(name, description, params, columns, text);
    }

    private static QueryParameter parseParam(String source, int lineNo, String value) {
        Matcher p = PARAM.matcher(value);
        if (!p.matches()) {
            throw new QueryException(source + ":" + lineNo + ": malformed parameter '" + value
                    + "' (expected: name (type) = default — meaning)");
        }
        ParamType type;
        try {
            type = ParamType.parse(p.group(2));
        } catch (IllegalArgumentException e) {
            throw new QueryException(source + ":" + lineNo + ": " + e.getMessage());
        }
        String defaultValue = p.group(3); // null when no '=': required; "" is an empty default
        String description = p.group(4) == null ? "" : p.group(4).strip();
        if (defaultValue != null) {
            try {
                type.convert(defaultValue);
            } catch (IllegalArgumentException e) {
                throw new QueryException(source + ":" + lineNo + ": default of '" + p.group(1) + "': " + e.getMessage());
            }
        }
        return new QueryParameter(p.group(1), type, defaultValue, description);
    }
}
