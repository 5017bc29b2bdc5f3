package dev.easel.graph.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphStoreTest {

    @Test
    void embeddedServerAnswersOverBoltWithSchema() {
        GraphStore store = TestGraphStores.clean();
        assertTrue(store.uri().startsWith("bolt://127.0.0.1:"));
        try (Session session = store.session()) {
            long constraints = session.run("SHOW CONSTRAINTS YIELD name WHERE name IN "
                    + "['crate_name','version_id','function_id','foreign_function_name','native_library_name'] "
                    + "RETURN count(*)").single().get(0).asLong();
            assertEquals(5, constraints);
            assertEquals(1, session.run("RETURN 1").single().get(0).asInt());
        }
        // creating the schema again changes nothing
        Schema.ensure(store);
        assertEquals(5, TestGraphStores.count("SHOW CONSTRAINTS YIELD name WHERE name IN "
                + "['crate_name','version_id','function_id','foreign_function_name','native_library_name'] RETURN count(*)"));
    }

    @Test
    void secondProcessOnSameDataDirGetsClearError(@TempDir Path dir) {
        try (EmbeddedNeo4j first = EmbeddedNeo4j.start(dir, EmbeddedServerOptions.loopback(0))) {
            assertTrue(EmbeddedNeo4j.inUse(dir));
            EmbeddedNeo4j.DataDirInUseException e = assertThrows(EmbeddedNeo4j.DataDirInUseException.class,
                    () -> EmbeddedNeo4j.start(dir, EmbeddedServerOptions.loopback(0)));
            assertTrue(e.getMessage().contains("in use by another easel process"), e.getMessage());
        }
        assertTrue(!EmbeddedNeo4j.inUse(dir));
    }

    @Test
    void remoteWithAuthenticationAcceptsRightAndRefusesWrongPassword(@TempDir Path dir) {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir, EmbeddedServerOptions.loopback(0))) {
            try (GraphStore remote = GraphStore.open(
                    new ConnectionSettings(server.boltUri(), "neo4j", PasswordFile.in(dir).read(), null, null, 0))) {
                try (Session session = remote.session()) {
                    assertEquals(2, session.run("RETURN 1 + 1").single().get(0).asInt());
                }
            }
            DatabaseUnavailableException wrong = assertThrows(DatabaseUnavailableException.class,
                    () -> GraphStore.open(new ConnectionSettings(server.boltUri(), "neo4j", "wrong-pass", null, null, 0)));
            assertTrue(wrong.getMessage().contains("refused the credentials"), wrong.getMessage());
        }
    }

    @Test
    void unreachableServerIsOneClearLine() {
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                () -> GraphStore.open(new ConnectionSettings("bolt://127.0.0.1:1", "neo4j", "x", null, null, 0)));
        assertTrue(e.getMessage().startsWith("cannot reach Neo4j at bolt://127.0.0.1:1"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
    }
}
