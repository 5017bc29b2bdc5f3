package dev.easel.cli;

import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.CountingHttpServer;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.PasswordFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code easel db start} in its own process, and easel commands on its data folder: they use its server, with the
 * folder's password; ad-hoc queries touch only the graph; outputs are complete; the password shows up nowhere.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServedDataDirTest {

    private static final int ROWS = 60;

    @TempDir
    static Path tmp;
    static Path dir;
    static Path childErr;
    static Process dbStart;
    static String uri;
    static String password;
    /** Everything the in-process commands printed, checked for the password at the end. */
    static final List<String> printed = new ArrayList<>();

    @BeforeAll
    static void startServer() throws IOException {
        dir = tmp.resolve("db");
        childErr = tmp.resolve("db-start.err");
        dbStart = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), Easel.class.getName(),
                "db", "start", "--data-dir", dir.toString(), "--bolt-port", "0", "--verbose")
                .redirectError(childErr.toFile())
                .start();
        uri = new BufferedReader(new InputStreamReader(dbStart.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertTrue(uri != null && uri.startsWith("bolt://127.0.0.1:"), "db start printed " + uri);
        password = PasswordFile.in(dir).read();
    }

    @AfterAll
    static void stopServer() {
        dbStart.destroyForcibly();
    }

    private static EaselRun easel(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.toString()));
        EaselRun run = EaselRun.of(all.toArray(String[]::new));
        printed.add(run.out());
        printed.add(run.err());
        return run;
    }

    @Test
    @Order(1)
    void dbStartSaysWhoAndWhereThePasswordIs() throws IOException {
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(PasswordFile.in(dir).path())));
        String err = Files.readString(childErr, StandardCharsets.UTF_8);
        assertTrue(err.contains("easel: embedded Neo4j running at " + uri + " (user neo4j, password in "
                + PasswordFile.in(dir).path() + " (yours alone)), data in " + dir), err);
    }

    @Test
    @Order(2)
    void commandsOnTheFolderUseTheRunningServer() {
        EaselRun status = easel("db", "status");
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().startsWith("database: embedded Neo4j in " + dir + ", served at " + uri
                + " by easel process " + dbStart.pid() + "\n"), status.out());

        EaselRun query = easel("query", "--cypher", "RETURN 1 AS one", "--format", "csv");
        assertEquals(0, query.exitCode(), query.err());
        assertEquals("one\r\n1\r\n", query.out());

        EaselRun secondServer = easel("db", "start", "--bolt-port", "0");
        assertEquals(ExitCode.DATABASE_UNAVAILABLE.code(), secondServer.exitCode());
        assertEquals("easel: the data folder " + dir + " is served already, by easel process " + dbStart.pid() + " at "
                + uri + "; other easel commands with this --data-dir use that server\n", secondServer.err());
    }

    @Test
    @Order(3)
    void machineFormatsGetEveryRowAndATableSaysWhatItLeftOut() {
        try (GraphStore store = GraphStore.open(ConnectionSettings.forDataDir(dir)); Session session = store.session()) {
            session.run("""
                    CREATE (f:Function {id: 'many@1#caller', crate: 'many'})
                    WITH f UNWIND range(1, $rows) AS i
                    CREATE (f)-[:CALLS_FOREIGN {count: i}]->(:ForeignFunction {name: 'c_fn_' + i})""",
                    Map.of("rows", ROWS)).consume();
        }
        EaselRun csv = easel("query", "top-foreign-functions", "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals(ROWS + 1, csv.out().split("\r\n").length, "header and every row");
        assertEquals("", csv.err());

        EaselRun json = easel("query", "--cypher", "MATCH (f:ForeignFunction) RETURN f.name AS name", "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        assertEquals(ROWS, json.out().split("\"name\"").length - 1);

        EaselRun table = easel("query", "top-foreign-functions");
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().endsWith("(25 rows)\n"), table.out());
        assertEquals("easel: " + (ROWS - 25) + " more rows not shown (a table stops at 25): --limit 0 shows them all,"
                + " --format csv or json prints every row\n", table.err());

        EaselRun all = easel("query", "top-foreign-functions", "--limit", "0");
        assertTrue(all.out().endsWith("(" + ROWS + " rows)\n"), all.out());
        assertEquals("", all.err());
        EaselRun ten = easel("query", "--cypher", "MATCH (f:ForeignFunction) RETURN f.name", "--format", "csv", "--limit", "10");
        assertEquals(11, ten.out().split("\r\n").length);

        EaselRun negative = easel("query", "top-foreign-functions", "--limit", "-1");
        assertEquals(ExitCode.USAGE.code(), negative.exitCode());
        assertEquals("easel: a row limit is 0 (no limit) or more, not -1\n", negative.err());
    }

    @Test
    @Order(4)
    void adHocQueriesThatReachBeyondTheGraphExitTwoWithOneLine() {
        EaselRun file = easel("query", "--cypher", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row LIMIT 2");
        assertEquals(ExitCode.USAGE.code(), file.exitCode());
        assertEquals("easel: ad-hoc queries read only the graph: LOAD CSV (it reads files and URLs) is refused\n", file.err());
        assertEquals("", file.out());

        try (CountingHttpServer http = new CountingHttpServer()) {
            EaselRun web = easel("query", "--cypher", "LOAD CSV FROM '" + http.url() + "' AS row RETURN row");
            assertEquals(ExitCode.USAGE.code(), web.exitCode());
            assertEquals(file.err(), web.err());
            assertEquals(0, http.requests(), "the test server saw a request");
        }

        EaselRun procedure = easel("query", "--cypher", "CALL dbms.listConfig()");
        assertEquals(ExitCode.USAGE.code(), procedure.exitCode());
        assertTrue(procedure.err().startsWith("easel: ad-hoc queries read only the graph: procedure dbms.listConfig is not"
                + " on easel's allow-list (db.labels, "), procedure.err());
        assertEquals(1, procedure.err().lines().count());
    }

    @Test
    @Order(5)
    void aWrongPasswordExitsThreeWithoutShowingIt() throws IOException {
        Path file = PasswordFile.in(dir).path();
        Files.writeString(file, "not-the-servers-password\n");
        try {
            EaselRun wrong = easel("query", "--cypher", "RETURN 1");
            assertEquals(ExitCode.DATABASE_UNAVAILABLE.code(), wrong.exitCode());
            assertTrue(wrong.err().startsWith("easel: the easel process " + dbStart.pid() + " serving " + dir + " at " + uri
                    + " refused the password in " + file), wrong.err());
            assertEquals(1, wrong.err().lines().count(), wrong.err());
            assertFalse(wrong.err().contains("not-the-servers-password"));
        } finally {
            Files.writeString(file, password + "\n");
        }
        assertEquals(0, easel("query", "--cypher", "RETURN 1").exitCode(), "the right password works again");
    }

    @Test
    @Order(6)
    void noAuthenticationIsRefusedOnANonLoopbackAddress() {
        EaselRun run = EaselRun.of("db", "start", "--no-auth", "--bolt-address", "0.0.0.0", "--data-dir",
                tmp.resolve("never-started").toString());
        assertEquals(ExitCode.USAGE.code(), run.exitCode());
        assertEquals("easel: authentication can only be turned off on a loopback address (127.0.0.1, ::1, localhost),"
                + " not on 0.0.0.0: anyone who reaches it could read, change or delete the graph\n", run.err());
        assertFalse(Files.exists(tmp.resolve("never-started")));
    }

    @Test
    @Order(7)
    void stoppedServerLeavesNoRecordAndThePasswordIsInNoLog() throws Exception {
        dbStart.destroy(); // SIGTERM, as Ctrl-C: the shutdown hook stops the server
        assertTrue(dbStart.waitFor(60, TimeUnit.SECONDS));
        assertFalse(Files.exists(dir.resolve("easel.server")), "the URI record goes with the server");
        String childLog = Files.readString(childErr, StandardCharsets.UTF_8);
        assertTrue(childLog.contains("[DEBUG]"), "the child logged at debug level");
        assertFalse(childLog.contains(password), "the password is in db start's output");
        for (String text : printed) {
            assertFalse(text.contains(password), "the password is in a command's output: " + text);
        }
        try (Stream<Path> logs = Files.list(dir.resolve("logs"))) {
            for (Path log : logs.toList()) {
                assertFalse(Files.readString(log, StandardCharsets.ISO_8859_1).contains(password), "password in " + log);
            }
        }
    }
}
