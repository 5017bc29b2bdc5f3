package dev.easel.cli;

import dev.easel.analyzer.files.FileTrees;
import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.testdata.DebianRegistry;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphDump;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.ServeInChildProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@code easel ingest} in a child JVM, killed with SIGKILL at random moments of its run (building, writing the cache,
 * loading), then run again: each rerun must complete, and the graph must equal, node by node and relationship by
 * relationship with every property ({@link GraphDump}), the graph of a run nobody interrupted. The database is served by
 * a process of its own (as under {@code easel db start}), so a kill takes the ingest down mid-transaction while
 * the graph lives on. Also checked after each kill: the cache holds no half-written entry, and no process the
 * ingest started (cargo, rustc, build scripts) outlives it.
 *
 * <p>{@value #KILLS_PROPERTY} kills (default {@value #DEFAULT_KILLS}, about 80 s: small fixture crates, cargo's
 * target folder kept between runs), one in {@value #BUILD_EVERY} on crates that are built, the others source-only; the
 * moments come from a seed, printed, and taken from {@value #SEED_PROPERTY} to replay a run. Each child's stderr is
 * kept in {@code cli/target/ingest-crash/}.
 */
@Tag("crash")
@Tag("cargo") // its "built" runs build crates with cargo
class IngestCrashTest {

    static final String KILLS_PROPERTY = "easel.crash.kills";
    static final String SEED_PROPERTY = "easel.crash.seed";
    static final int DEFAULT_KILLS = 20;
    static final int BUILD_EVERY = 4;
    /** Moments tried per kill when runs end before theirs. */
    static final int TRIES = 3;
    static final String FINISHED = "finished before the moment";
    /** Registry packages copied into the source-only scenario, so that loading takes a while. */
    static final int REGISTRY_CRATES = 40;
    static final Path TESTDATA = Path.of("..", "testdata").toAbsolutePath().normalize();
    /** Each child's stderr, kept for whoever reads a failure. */
    static final Path LOGS = Path.of("target", "ingest-crash").toAbsolutePath();

    @TempDir
    static Path tmp;
    static ServeInChildProcess.Child server;
    static Path dataDir;
    static GraphStore graph;

    /** One kind of ingest: its arguments (without the cache folder), the clean run's graph and timeline. */
    static final class Scenario {
        final String name;
        final List<String> args;
        List<String> cleanGraph;
        int cleanExitCode;
        /** The clean run's events (seconds from its start) and its last one's: where kill moments are taken from. */
        List<Event> events;
        double end;

        Scenario(String name, List<String> args) {
            this.name = name;
            this.args = args;
        }

        /** What the run was doing at a moment: before its last crate was analysed, or only loading. */
        String phase(Moment at) {
            int lastCrate = 0;
            for (int k = 0; k < events.size(); k++) {
                if (events.get(k).line().startsWith("[") && Character.isDigit(events.get(k).line().charAt(1))) {
                    lastCrate = k;
                }
            }
            return at.event() < lastCrate ? (args.contains("--source-only") ? "scanning" : "building")
                    + ", writing the cache, loading alongside" : "loading, the analysis done";
        }
    }

    /**
     * A line of the child's stderr that marks progress and comes in every run alike: intake done, a crate finished, the
     * summary (loading windows are left out: how many there are depends on the run's timing).
     */
    record Event(double seconds, String line) {
        static final java.util.regex.Pattern PROGRESS = java.util.regex.Pattern.compile(
                "^(\\[INFO] CrateIntake - intake:|\\[\\d+/\\d+] |easel: \\d+ crates analysed)");

        boolean summary() {
            return line.startsWith("easel: ");
        }
    }

    /** When to kill: so long after the child's event number {@code event} (counted from 0). */
    record Moment(int event, double delay) {
        @Override
        public String toString() {
            return String.format("%.2f s after event %d", delay, event);
        }
    }

    /** How one child run ended; {@code lastLine} is its last stderr line before the kill. */
    record ChildRun(int exitCode, double seconds, List<Event> events, String lastLine, boolean killed,
                    List<String> runningAtKill, List<ProcessHandle> survivors) {
    }

    @BeforeAll
    static void serve() throws IOException {
        Files.createDirectories(LOGS);
        dataDir = tmp.resolve("db");
        server = ServeInChildProcess.start(dataDir, tmp.resolve("server.log"));
        graph = GraphStore.open(ConnectionSettings.forDataDir(dataDir));
    }

    @AfterAll
    static void stop() {
        if (graph != null) {
            graph.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void killedAnywhereAndRunAgainGivesTheGraphOfACleanRun() throws Exception {
        int kills = Integer.getInteger(KILLS_PROPERTY, DEFAULT_KILLS);
        long seed = Long.getLong(SEED_PROPERTY, System.nanoTime());
        System.out.printf("IngestCrashTest: %d kills, seed %d (replay: -D%s=%d -D%s=%d)%n", kills, seed,
                KILLS_PROPERTY, kills, SEED_PROPERTY, seed);
        Random random = new Random(seed);
        Scenario sourceOnly = new Scenario("source-only", sourceOnlyArgs());
        Scenario built = new Scenario("built", List.of(TESTDATA.resolve("crates/base-lib").toString(),
                TESTDATA.resolve("crates/uses-base").toString(), TESTDATA.resolve("crates/ffi-libm").toString(),
                "-j", "2", "--data-dir", dataDir.toString(), "--work-dir", tmp.resolve("work-built").toString(),
                "--out", tmp.resolve("built.jsonl").toString(), "--no-progress", "--no-summary"));
        List<String> failures = new ArrayList<>();
        Map<String, Integer> phases = new HashMap<>();
        for (int i = 0; i < kills; i++) {
            Scenario s = i % BUILD_EVERY == BUILD_EVERY - 1 ? built : sourceOnly;
            if (s.cleanGraph == null) {
                clean(s);
            }
            // a run faster than the clean one may end before its moment: another moment then, a few times at most
            Moment at;
            String problem;
            int tries = 0;
            do {
                at = moment(s, random);
                problem = killAndRerun(s, i, at, phases);
            } while (FINISHED.equals(problem) && ++tries < TRIES);
            if (problem != null && !FINISHED.equals(problem)) {
                failures.add("kill " + i + " (" + s.name + ", " + at + "): " + problem);
            }
        }
        System.out.println("IngestCrashTest: where the kills fell: " + phases);
        int missed = phases.entrySet().stream().filter(e -> e.getKey().endsWith(FINISHED))
                .mapToInt(Map.Entry::getValue).sum();
        assertTrue(missed <= kills * (TRIES - 1) / 2, "too many runs ended before their moment: " + phases);
        if (!failures.isEmpty()) {
            fail("seed " + seed + ": " + failures.size() + " of " + kills + " kills went wrong (each run's stderr in "
                    + LOGS + "):\n"
                    + String.join("\n", failures));
        }
    }

    /** Fixture crates, source-only, and some of the registry's packages when it has any. */
    private static List<String> sourceOnlyArgs() throws IOException {
        List<String> args = new ArrayList<>(List.of(TESTDATA.resolve("crates").toString(),
                TESTDATA.resolve("registries/nested").toString(), TESTDATA.resolve("workspaces/inherit").toString()));
        List<Path> packages = DebianRegistry.packages();
        if (!packages.isEmpty()) {
            Path copy = tmp.resolve("registry-sample");
            for (Path p : packages.subList(0, Math.min(REGISTRY_CRATES, packages.size()))) {
                FileTrees.copy(p, copy.resolve(p.getFileName().toString()), rel -> false);
            }
            args.add(copy.toString());
        }
        args.addAll(List.of("--source-only", "-j", "2", "--data-dir", dataDir.toString(),
                "--work-dir", tmp.resolve("work-source").toString(), "--out", tmp.resolve("source.jsonl").toString(),
                "--no-progress", "--no-summary"));
        return args;
    }

    /**
     * A random moment of the run, uniform in time from the clean run's first event (intake done) to its last (the
     * summary: after it the run only closes its connection), held as
     * the last event before it and the time since: kills fall where the work is (builds and scans, cache writes,
     * loading) in proportion to how long each takes, and land at the same point of the killed run's own progress.
     */
    private static Moment moment(Scenario s, Random random) {
        double first = s.events.get(0).seconds();
        double t = first + random.nextDouble() * (s.end - first);
        int k = 0;
        while (k + 1 < s.events.size() && s.events.get(k + 1).seconds() <= t) {
            k++;
        }
        return new Moment(k, t - s.events.get(k).seconds());
    }

    /**
     * Two clean runs in child JVMs: the graph a kill must not change (both give it), and the second's timeline to pick
     * moments from (the first also warms the database server up, which makes it slower than the runs to kill).
     */
    private static void clean(Scenario s) throws Exception {
        clearGraph();
        runChild(s, Files.createTempDirectory(tmp, "cache-warm-up-"), null, s.name + "-warm-up");
        List<String> warmUpGraph = GraphDump.canonical(graph);
        clearGraph();
        Path cache = Files.createTempDirectory(tmp, "cache-clean-");
        ChildRun run = runChild(s, cache, null, s.name + "-clean");
        s.cleanGraph = GraphDump.canonical(graph);
        assertEquals(warmUpGraph, s.cleanGraph, s.name + ": two clean runs gave different graphs");
        s.cleanExitCode = run.exitCode();
        s.events = run.events();
        s.end = s.events.get(s.events.size() - 1).seconds(); // the summary line: after it the run only closes
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, s.name + ": the clean run ended with " + run.exitCode());
        assertTrue(s.cleanGraph.size() > 10, s.name + ": " + s.cleanGraph);
        assertTrue(s.events.size() > 2, s.name + ": " + s.events);
        System.out.printf("IngestCrashTest: clean %s run: %d graph lines, exit %d, end at %.2f s, events: %s%n",
                s.name, s.cleanGraph.size(), s.cleanExitCode, s.end, s.events.stream().map(e -> String.format("%.2f %s",
                        e.seconds(), e.line().length() > 40 ? e.line().substring(0, 40) : e.line())).toList());
    }

    /**
     * Kills a run at {@code at}, checks what it left, runs again; returns what went wrong, null, or {@link #FINISHED}
     * when the run ended before the moment (its rerun checked all the same).
     */
    private static String killAndRerun(Scenario s, int i, Moment at, Map<String, Integer> phases) throws Exception {
        clearGraph();
        Path cache = Files.createTempDirectory(tmp, "cache-" + i + "-");
        ChildRun killed = runChild(s, cache, at, "kill-" + i + "-" + s.name);
        // a run killed after its summary line was only closing its connection: as good as finished
        boolean finished = !killed.killed() || killed.events().stream().anyMatch(Event::summary);
        phases.merge(s.name + ": " + (finished ? FINISHED : s.phase(at)), 1, Integer::sum);
        System.out.printf("IngestCrashTest: kill %d (%s) %s, its processes then: %s, last line: %s%n", i, s.name, at,
                killed.runningAtKill(), killed.lastLine());
        killed.runningAtKill().stream().distinct().forEach(c -> phases.merge("killed with a running " + c, 1, Integer::sum));
        List<String> problems = new ArrayList<>();
        if (!killed.survivors().isEmpty()) {
            problems.add("processes outlived the killed ingest: " + killed.survivors().stream()
                    .map(p -> p.pid() + " " + p.info().command().orElse("?")).toList());
        }
        problems.addAll(halfWrittenCacheEntries(cache));

        List<String> rerunArgs = new ArrayList<>(List.of("ingest"));
        rerunArgs.addAll(s.args);
        rerunArgs.addAll(List.of("--cache-dir", cache.toString()));
        EaselRun rerun = EaselRun.of(rerunArgs.toArray(String[]::new));
        if (rerun.exitCode() != s.cleanExitCode) {
            problems.add("the rerun ended with " + rerun.exitCode() + ", the clean run with " + s.cleanExitCode + ": "
                    + rerun.err());
        }
        List<String> after = GraphDump.canonical(graph);
        if (!after.equals(s.cleanGraph)) {
            problems.add("the graph differs from the clean run's:\n" + difference(s.cleanGraph, after));
        }
        return !problems.isEmpty() ? String.join("\n", problems) : finished ? FINISHED : null;
    }

    /** Runs ingest in a child JVM and SIGKILLs it at {@code killAt} unless it ends first (null: never). */
    private static ChildRun runChild(Scenario s, Path cache, Moment killAt, String logName) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Easel.class.getName(), "ingest", "--verbose"));
        command.addAll(s.args);
        command.addAll(List.of("--cache-dir", cache.toString()));
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<Event> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        String[] lastLine = {null};
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                    StandardCharsets.UTF_8));
                 java.io.Writer log = Files.newBufferedWriter(LOGS.resolve(logName + ".log"))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    log.write(line + "\n");
                    synchronized (lastLine) {
                        lastLine[0] = line;
                    }
                    if (Event.PROGRESS.matcher(line).find()) {
                        events.add(new Event((System.nanoTime() - start) / 1e9, line));
                    }
                }
            } catch (IOException e) {
                // the child is gone
            }
        }, "crash-test-stderr");
        reader.start();
        boolean killed = false;
        List<ProcessHandle> survivors = List.of();
        List<String> runningAtKill = List.of();
        while (!child.waitFor(5, TimeUnit.MILLISECONDS)) {
            if (killAt != null && events.size() > killAt.event()
                    && System.nanoTime() - start >= (events.get(killAt.event()).seconds() + killAt.delay()) * 1e9) {
                List<ProcessHandle> descendants = child.descendants().toList();
                runningAtKill = descendants.stream().map(p -> p.info().command().map(c -> Path.of(c).getFileName()
                        .toString()).orElse("?")).toList();
                child.destroyForcibly(); // SIGKILL
                child.waitFor();
                killed = true;
                survivors = survivors(descendants);
                break;
            }
            if (System.nanoTime() - start > TimeUnit.MINUTES.toNanos(10)) {
                child.destroyForcibly();
                throw new AssertionError(s.name + ": the child ran for 10 minutes");
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        reader.join(TimeUnit.SECONDS.toMillis(10));
        synchronized (lastLine) {
            return new ChildRun(killed ? -9 : child.exitValue(), seconds, List.copyOf(events), lastLine[0], killed,
                    runningAtKill, survivors);
        }
    }

    /** Processes of the killed child still alive after a moment; they are killed here so the next run is not hurt. */
    private static List<ProcessHandle> survivors(List<ProcessHandle> descendants) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && descendants.stream().anyMatch(ProcessHandle::isAlive)) {
            Thread.sleep(50);
        }
        List<ProcessHandle> alive = descendants.stream().filter(ProcessHandle::isAlive).toList();
        alive.forEach(ProcessHandle::destroyForcibly);
        return alive;
    }

    /** Every cache entry is one whole analysis: a kill while the cache was written leaves none half-written. */
    private static List<String> halfWrittenCacheEntries(Path cache) throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(cache)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                try {
                    AnalysisJson.fromLine(Files.readString(f).strip());
                } catch (IOException | RuntimeException e) {
                    problems.add("half-written cache entry " + f + ": " + e.getMessage());
                }
            }
        }
        return problems;
    }

    private static void clearGraph() {
        try (Session s = graph.session()) {
            s.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    /** The lines only one of the two dumps has, at most 20 of each. */
    private static String difference(List<String> expected, List<String> actual) {
        java.util.Set<String> a = new java.util.HashSet<>(actual);
        java.util.Set<String> e = new java.util.HashSet<>(expected);
        List<String> missing = expected.stream().filter(l -> !a.contains(l)).limit(20).toList();
        List<String> extra = actual.stream().filter(l -> !e.contains(l)).limit(20).toList();
        return "  only in the clean run's graph:\n    " + String.join("\n    ", missing)
                + "\n  only after the kill and rerun:\n    " + String.join("\n    ", extra);
    }

}
