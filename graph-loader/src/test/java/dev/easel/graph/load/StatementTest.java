package dev.easel.graph.load;

import dev.easel.graph.schema.GraphSchema;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementTest {

    @Test
    void statementsAreWrittenFromTheDeclarations() {
        assertEquals("UNWIND $rows AS r MERGE (n:Version {id: r.key}) SET n += r.props", (Statement.VERSION.cypher));
        assertEquals("UNWIND $rows AS r MERGE (n:Crate {name: r.key})", (Statement.CRATE.cypher));
        assertEquals("UNWIND $rows AS r MATCH (a:Function {id: r.from}) MATCH (b:Function {id: r.to}) "
                + "CREATE (a)-[x:CALLS]->(b) SET x = r.props", (Statement.CALLS.cypher));
        assertEquals("UNWIND $rows AS r MATCH (a:Version {id: r.from}) MATCH (b:Crate {name: r.to}) "
                + "MERGE (a)-[x:VERSION_OF]->(b)", (Statement.VERSION_OF.cypher));
        Set<String> written = new HashSet<>();
        for (Statement s : Statement.values()) {
            written.add(s.label());
        }
        // owners, typosquats, provenance checks and advisories come from their own commands, never from an analysis
        Set<String> notFromAnalyses = Set.of(GraphSchema.OWNER.label(), GraphSchema.OWNS.type(),
                GraphSchema.MAY_SQUAT.type(), GraphSchema.REPOSITORY.label(), GraphSchema.BUILT_FROM.type(),
                GraphSchema.ADVISORY.label(), GraphSchema.ADVISORY_IMPORT.label(), GraphSchema.CONCERNS.type(),
                GraphSchema.AFFECTS.type(), GraphSchema.NAMES.type(), GraphSchema.REACHES.type());
        GraphSchema.NODES.stream().filter(n -> !notFromAnalyses.contains(n.label()))
                .forEach(n -> assertTrue(written.contains(n.label()), n.label()));
        GraphSchema.RELATIONSHIPS.stream().filter(r -> !notFromAnalyses.contains(r.type()))
                .forEach(r -> assertTrue(written.contains(r.type()), r.type()));
    }
}
