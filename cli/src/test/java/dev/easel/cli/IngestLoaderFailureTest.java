package dev.easel.cli;

import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.ServeInChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database dies in the middle of an ingest: the loader stops, the analysis goes on into the --out file, and ingest
 * ends with one clear error and exit code 3 instead of waiting forever on a loader that is gone.
 */
class IngestLoaderFailureTest {

    static final Path SAMPLES = Path.of("..", "testdata", "crates").toAbsolutePath().normalize();
    static final int CRATES = 11;

    /**
     * The command's stderr, which holds the thread that prints the first progress line (the first crate is analysed
     * and queued for loading by then) until the test lets it go on: the moment the test kills the database.
     */
    static final class HoldAtFirstProgressLine extends Writer {
        final StringBuilder text = new StringBuilder();
        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            boolean hold;
            synchronized (text) {
                text.append(buf, off, len);
                hold = reached.getCount() > 0 && text.indexOf("[1/" + CRATES + "]") >= 0
                        && text.indexOf("\n", text.indexOf("[1/" + CRATES + "]")) >= 0;
                if (hold) {
                    reached.countDown();
                }
            }
            if (hold) {
                try {
                    release.await(2, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        String text() {
            synchronized (text) {
                return text.toString();
            }
        }
    }

    @Test
    void theDatabaseDyingMidwayEndsIngestWithAClearErrorAndEveryAnalysisInTheOutFile(@TempDir Path tmp)
            throws Exception {
        Path dataDir = tmp.resolve("db");
        Path out = tmp.resolve("out.jsonl");
        HoldAtFirstProgressLine err = new HoldAtFirstProgressLine();
        StringWriter stdout = new StringWriter();
        ServeInChildProcess.Child server = ServeInChildProcess.start(dataDir, tmp.resolve("server.log"));
        CompletableFuture<Integer> ingest;
        try {
            ingest = CompletableFuture.supplyAsync(() -> Easel.run(new PrintWriter(stdout, true),
                    new PrintWriter(err, true), "ingest", SAMPLES.toString(), "--source-only", "-j", "1", "--no-cache",
                    "--no-progress", "--data-dir", dataDir.toString(), "--out", out.toString(),
                    "--work-dir", tmp.resolve("work").toString()));
            assertTrue(err.reached.await(2, TimeUnit.MINUTES), "no progress line: " + err.text());
            try (GraphStore store = GraphStore.open(ConnectionSettings.forDataDir(dataDir))) {
                waitForCompleteVersion(store);
            }
        } finally {
            server.process().destroyForcibly(); // SIGKILL: the database is gone, mid-run
            server.process().waitFor(30, TimeUnit.SECONDS);
            err.release.countDown();
        }
        int code = ingest.get(2, TimeUnit.MINUTES);
        String text = err.text();

        assertEquals(ExitCode.DATABASE_UNAVAILABLE.code(), code, text);
        assertTrue(text.contains("easel: loading stopped: "), text);
        // the first crate was loaded before the kill; others queued meanwhile may have been, never all of them
        java.util.regex.Matcher loaded = java.util.regex.Pattern.compile(
                "easel: " + CRATES + " crates analysed \\(0 failed, 0 from cache\\), (\\d+) versions loaded").matcher(text);
        assertTrue(loaded.find(), text);
        long n = Long.parseLong(loaded.group(1));
        assertTrue(n >= 1 && n < CRATES, text);
        assertTrue(text.contains("easel: loading stopped after " + n + " versions: "), text);
        assertTrue(text.contains("easel: every analysis is in " + out + ": load it with 'easel load " + out + "'"), text);
        assertTrue(text.contains("[" + CRATES + "/" + CRATES + "]"), "the analysis went on to the end: " + text);
        assertEquals("", stdout.toString(), "no summary from a database that is gone");

        List<CrateAnalysis> kept = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        AnalysisJson.read(out, kept::add, p -> bad.add(p.toString()));
        assertEquals(List.of(), bad);
        assertEquals(List.of("base-lib", "broken", "exports-c", "ffi-cfg", "ffi-libm", "graph-calls", "renamed-lib",
                        "unsafe-zoo", "uses-base", "uses-broken", "uses-renamed"),
                kept.stream().map(CrateAnalysis::name).sorted().toList());
        assertEquals(CRATES, Files.readAllLines(out).size());
    }

    private static void waitForCompleteVersion(GraphStore store) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            try (Session s = store.session()) {
                if (s.run("MATCH (v:Version {load_state: 'complete'}) RETURN count(v) AS n").single().get("n").asLong() > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the first crate was never loaded");
    }
}
