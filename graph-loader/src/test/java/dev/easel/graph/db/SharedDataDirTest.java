package dev.easel.graph.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A data folder served by another process: commands on it connect there; a dead server's record is ignored. */
class SharedDataDirTest {

    @Test
    void aFolderServedByAnotherProcessIsUsedThroughItsServer(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("db");
        Path childLog = tmp.resolve("child.log");
        try (ServeInChildProcess.Child child = ServeInChildProcess.start(dir, childLog)) {
            long pid = child.process().pid();
            String password = PasswordFile.in(dir).read();
            try (GraphStore store = GraphStore.open(ConnectionSettings.forDataDir(dir)); Session session = store.session()) {
                assertFalse(store.isEmbedded(), "joined, not started");
                assertEquals(child.uri(), store.uri());
                assertEquals("embedded Neo4j in " + dir + ", served at " + child.uri() + " by easel process " + pid,
                        store.where());
                session.run("CREATE (:Crate {name: 'shared'})").consume();
            }
            try (GraphStore again = GraphStore.open(ConnectionSettings.forDataDir(dir)); Session session = again.session()) {
                assertEquals(1, session.run("MATCH (c:Crate {name: 'shared'}) RETURN count(c)").single().get(0).asLong());
            }
            EmbeddedNeo4j.DataDirInUseException second = assertThrows(EmbeddedNeo4j.DataDirInUseException.class,
                    () -> GraphStore.serve(ConnectionSettings.forDataDir(dir)));
            assertEquals("the data folder " + dir + " is served already, by easel process " + pid + " at " + child.uri()
                    + "; other easel commands with this --data-dir use that server", second.getMessage());

            // the file was edited: the server refuses, and the message says what to do
            Path file = PasswordFile.in(dir).path();
            Files.writeString(file, "a-different-password\n");
            DatabaseUnavailableException wrong = assertThrows(DatabaseUnavailableException.class,
                    () -> GraphStore.open(ConnectionSettings.forDataDir(dir)));
            assertTrue(wrong.getMessage().startsWith("the easel process " + pid + " serving " + dir + " at " + child.uri()
                    + " refused the password in " + file + " (edited since easel wrote it? stop that process, delete the"
                    + " file, and start it again: easel writes and sets a new one): "), wrong.getMessage());
            assertFalse(wrong.getMessage().contains("a-different-password") || wrong.getMessage().contains(password));

            Files.delete(file);
            DatabaseUnavailableException missing = assertThrows(DatabaseUnavailableException.class,
                    () -> GraphStore.open(ConnectionSettings.forDataDir(dir)));
            assertEquals("the easel process " + pid + " serving " + dir + " at " + child.uri() + " asks for the password"
                    + " in " + file + ", which is missing; stop that process and start it again to write a new one",
                    missing.getMessage());

            // killed without a chance to clean up: its record stays behind, and is ignored
            child.process().destroyForcibly();
            assertTrue(child.process().waitFor(30, TimeUnit.SECONDS));
            assertTrue(Files.exists(dir.resolve(ServerRecord.FILE)));
            assertTrue(ServerRecord.live(dir).isEmpty());
            try (GraphStore own = GraphStore.open(ConnectionSettings.forDataDir(dir)); Session session = own.session()) {
                assertTrue(own.isEmbedded(), "started here");
                assertEquals(1, session.run("MATCH (c:Crate {name: 'shared'}) RETURN count(c)").single().get(0).asLong());
                assertEquals(ProcessHandle.current().pid(), ServerRecord.live(dir).orElseThrow().pid());
            }
            assertFalse(Files.exists(dir.resolve(ServerRecord.FILE)));
            assertFalse(Files.readString(childLog, StandardCharsets.UTF_8).contains(password), "password in the child's log");
        }
    }

    @Test
    void aCommandWaitsWhileTheOwnerOfTheFolderStartsAndThenGoesOn(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("db"));
        DataDirLock starting = DataDirLock.tryAcquire(dir).orElseThrow(); // an owner whose server is not up yet
        Thread gaveUp = new Thread(() -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            starting.close();
        });
        long began = System.nanoTime();
        gaveUp.start();
        try (GraphStore store = GraphStore.open(ConnectionSettings.forDataDir(dir)); Session session = store.session()) {
            assertTrue(System.nanoTime() - began >= TimeUnit.MILLISECONDS.toNanos(1_500), "it did not wait");
            assertTrue(store.isEmbedded(), "the folder came free: started here");
            assertEquals(1, session.run("RETURN 1").single().get(0).asInt());
        }
        gaveUp.join();
    }
}
