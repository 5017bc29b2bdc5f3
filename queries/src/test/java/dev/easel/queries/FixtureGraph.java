package dev.easel.queries;

import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads {@code fixture-graph.cypher} (statements ending with ';' at a line end) into an emptied shared store. */
public final class FixtureGraph {

    public static final String RESOURCE = "/dev/easel/queries/fixture-graph.cypher";

    private FixtureGraph() {
    }

    public static GraphStore load() {
        GraphStore store = TestGraphStores.clean();
        try (Session session = store.session()) {
            for (String statement : statements()) {
                session.executeWrite(tx -> tx.run(statement).consume());
            }
        }
        return store;
    }

    static List<String> statements() {
        String text;
        try (InputStream in = FixtureGraph.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the test classpath");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("//") || stripped.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (stripped.endsWith(";")) {
                String s = current.toString().strip();
                statements.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
