package dev.easel.graph.db;

import dev.easel.analyzer.files.FileTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedSecurityTest {

    @Test
    void loadCsvReadsNoHostFile() {
        try (Session session = TestGraphStores.shared().session()) {
            ClientException e = assertThrows(ClientException.class, () -> session.run(
                    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 2").list());
            assertTrue(e.getMessage().contains("'dbms.security.allow_csv_import_from_file_urls' is false"), e.getMessage());
        }
    }

    @Test
    void loadCsvReachesNoNetworkAddress() {
        try (CountingHttpServer http = new CountingHttpServer(); Session session = TestGraphStores.shared().session()) {
            for (String url : List.of(http.url(), "http://localhost:" + http.port() + "/rows.csv")) {
                ClientException e = assertThrows(ClientException.class, () -> session.run(
                        "LOAD CSV FROM $url AS row RETURN row", Map.of("url", url)).list());
                assertTrue(e.getMessage().contains("is blocked via the configuration property internal.dbms.cypher_ip_blocklist"),
                        e.getMessage());
            }
            assertEquals(0, http.requests(), "the test server saw a request");
        }
    }

    @Test
    void ownServerIsLockedDownAndItsPasswordStaysInItsFile(@TempDir Path tmp) throws IOException {
        Path home = tmp.resolve("db");
        String password;
        String firstLog;
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(home, EmbeddedServerOptions.loopback(0))) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home)));
            PasswordFile file = PasswordFile.in(home);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
            password = file.read();
            assertEquals(List.of(), listing(home.resolve("import")), "the import folder is easel's own, empty");
            ServerRecord record = ServerRecord.live(home).orElseThrow();
            assertEquals(new ServerRecord(ProcessHandle.current().pid(), server.boltUri(), true), record);

            DatabaseUnavailableException refused = assertThrows(DatabaseUnavailableException.class, () -> GraphStore.open(
                    new ConnectionSettings(server.boltUri(), "neo4j", "not-" + password, null, null, 0)));
            assertTrue(refused.getMessage().startsWith("Neo4j at " + server.boltUri()
                    + " refused the credentials of user 'neo4j'"), refused.getMessage());
            try (GraphStore store = GraphStore.open(
                    new ConnectionSettings(server.boltUri(), "neo4j", password, null, null, 0));
                 Session session = store.session()) {
                Map<String, String> settings = new HashMap<>();
                for (Record r : session.run("SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
                        Map.of("names", List.of("dbms.security.allow_csv_import_from_file_urls", "server.directories.import",
                                "dbms.security.procedures.allowlist", "dbms.security.procedures.unrestricted",
                                "dbms.security.auth_enabled", "dbms.usage_report.enabled"))).list()) {
                    settings.put(r.get("name").asString(), r.get("value").asString());
                }
                assertEquals(Map.of("dbms.security.allow_csv_import_from_file_urls", "false",
                        "server.directories.import", home.resolve("import").toAbsolutePath().toString(),
                        "dbms.security.procedures.allowlist", "",
                        "dbms.security.procedures.unrestricted", "",
                        "dbms.security.auth_enabled", "true",
                        "dbms.usage_report.enabled", "false"), settings);
            }
        } finally {
            System.setErr(stderr);
        }
        firstLog = captured.toString(StandardCharsets.UTF_8);
        assertFalse(Files.exists(home.resolve(ServerRecord.FILE)), "the record goes when the server stops");
        assertNoPassword(password, firstLog, home.resolve("logs"));

        // started again, the server keeps the password of the file
        try (GraphStore again = GraphStore.open(ConnectionSettings.forDataDir(home)); Session session = again.session()) {
            assertTrue(again.isEmbedded());
            assertEquals(1, session.run("RETURN 1").single().get(0).asInt());
        }
        assertEquals(password, PasswordFile.in(home).read());

        // a store made anew beside the file (its data folder deleted) gets the file's password
        FileTrees.delete(home.resolve("data"));
        try (GraphStore fresh = GraphStore.open(ConnectionSettings.forDataDir(home)); Session session = fresh.session()) {
            assertEquals(0, session.run("MATCH (n) RETURN count(n)").single().get(0).asLong());
        }
        assertEquals(password, PasswordFile.in(home).read());

        // a file edited by hand: refused, with what to do
        Path file = PasswordFile.in(home).path();
        Files.writeString(file, "edited-by-hand\n");
        DatabaseUnavailableException edited = assertThrows(DatabaseUnavailableException.class,
                () -> GraphStore.open(ConnectionSettings.forDataDir(home)));
        assertTrue(edited.getMessage().startsWith("the embedded server refused the password in " + file + " (edited since"
                + " easel wrote it? delete it, and the next start writes and sets a new one): "), edited.getMessage());
        assertFalse(edited.getMessage().contains("edited-by-hand") || edited.getMessage().contains(password));
        assertFalse(EmbeddedNeo4j.inUse(home), "the refused start let the folder go");

        // a folder from an older easel: a store, no password file; the next start sets a new password and says where
        Files.delete(file);
        captured.reset();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        String renewed;
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(home, EmbeddedServerOptions.loopback(0))) {
            renewed = PasswordFile.in(home).read();
            assertNotEquals(password, renewed);
            try (GraphStore store = GraphStore.open(new ConnectionSettings(server.boltUri(), "neo4j", renewed, null, null, 0));
                 Session session = store.session()) {
                assertEquals(1, session.run("RETURN 1").single().get(0).asInt());
            }
            assertThrows(DatabaseUnavailableException.class, () -> GraphStore.open(
                    new ConnectionSettings(server.boltUri(), "neo4j", password, null, null, 0)), "the old password is gone");
        } finally {
            System.setErr(stderr);
        }
        String secondLog = captured.toString(StandardCharsets.UTF_8);
        assertTrue(secondLog.contains(home + " had no password file (made by an older easel, or the file was deleted):"
                + " the server now asks for a new password, user neo4j, password in " + PasswordFile.in(home).path()), secondLog);
        assertNoPassword(renewed, secondLog, home.resolve("logs"));
        assertNoPassword(password, secondLog, home.resolve("logs"));
    }

    private static void assertNoPassword(String password, String captured, Path logs) throws IOException {
        assertFalse(captured.contains(password), "the password is in the captured stderr");
        List<Path> files = listing(logs);
        assertFalse(files.isEmpty(), "Neo4j wrote no log to check");
        for (Path log : files) {
            if (Files.isRegularFile(log)) {
                assertFalse(Files.readString(log, StandardCharsets.ISO_8859_1).contains(password), "the password is in " + log);
            }
        }
    }


    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
