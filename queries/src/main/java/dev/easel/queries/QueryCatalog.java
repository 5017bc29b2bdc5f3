package dev.easel.queries;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canned queries, one {@code .cypher} file each under the classpath folder {@value #FOLDER}, listed in
 * {@value #INDEX} (a jar cannot be listed portably, an index can; a test keeps it in step with the folder).
 */
public final class QueryCatalog {

    public static final String FOLDER = "dev/easel/queries/cypher/";
    public static final String INDEX = FOLDER + "index.txt";

    private final Map<String, QueryDefinition> queries;

    private QueryCatalog(Map<String, QueryDefinition> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** Loads every query named in the index from this class's class loader. */
    public static QueryCatalog load() {
        return load(QueryCatalog.class.getClassLoader());
    }

    public static QueryCatalog load(ClassLoader loader) {
        Map<String, QueryDefinition> queries = new LinkedHashMap<>();
        for (String file : readLines(loader, INDEX)) {
            String resource = FOLDER + file;
            String text = String.join("\n", readLines(loader, resource));
            QueryDefinition q = QueryHeaderParser.parse(resource, text);
            if (!file.equals(q.name() + ".cypher")) {
                throw new QueryException(resource + ": header names the query '" + q.name()
                        + "' but the file is " + file);
            }
            if (queries.put(q.name(), q) != null) {
                throw new QueryException(INDEX + ": query '" + q.name() + "' listed twice");
            }
        }
        return new QueryCatalog(queries);
    }

    private static List<String> readLines(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new QueryException("classpath resource " + resource + " is missing");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (resource.equals(INDEX)) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }

    /** Every query, in index (alphabetical) order. */
    public List<QueryDefinition> all() {
        return List.copyOf(queries.values());
    }

    public Optional<QueryDefinition> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** @throws QueryException listing the known names when there is no such query */
    public QueryDefinition get(String name) {
        QueryDefinition q = queries.get(name);
        if (q == null) {
            throw new QueryException("no query named '" + name + "' (known: " + String.join(", ", queries.keySet()) + ")");
        }
        return q;
    }
}
