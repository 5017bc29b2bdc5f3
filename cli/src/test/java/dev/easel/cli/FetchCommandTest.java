package dev.easel.cli;

import dev.easel.analyzer.fetch.TestRegistry;
import dev.easel.analyzer.fetch.TestRegistry.Published;
import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.CrateSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code easel fetch} against a registry on 127.0.0.1, then {@code easel analyze} on the folder it filled. */
class FetchCommandTest {

    @TempDir
    Path tmp;

    private TestRegistry registry;
    private Published zoo;
    private Published libm;

    @BeforeEach
    void start() throws IOException {
        registry = TestRegistry.start();
        zoo = registry.publish("unsafe-zoo");
        libm = registry.publish("ffi-libm");
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    private EaselRun fetch(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("fetch", "--index", registry.sparseUrl(),
                "--out", tmp.resolve("crates").toString(), "--rate", "100", "--no-progress"));
        args.addAll(List.of(more));
        return EaselRun.of(args.toArray(String[]::new));
    }

    @Test
    void theFetchedFolderIsAnalysedAsItIs() throws IOException {
        EaselRun fetched = fetch("--crates", "unsafe-zoo,ffi-libm");
        assertEquals(0, fetched.exitCode(), fetched.err());
        assertTrue(fetched.err().contains("unsafe-zoo@1.0.0: ok, fetched "), fetched.err());
        assertTrue(fetched.err().endsWith("easel: 2 fetched, 0 already present, 0 failed in " + tmp.resolve("crates")
                + System.lineSeparator()), fetched.err());

        Path jsonl = tmp.resolve("x.jsonl");
        EaselRun analysed = EaselRun.of("analyze", tmp.resolve("crates").toString(), "--source-only", "--out",
                jsonl.toString(), "--no-cache", "--work-dir", tmp.resolve("work").toString(), "--no-progress");
        assertEquals(0, analysed.exitCode(), analysed.err());
        List<CrateAnalysis> analyses;
        try (Stream<CrateAnalysis> s = AnalysisJson.stream(jsonl, bad -> {
            throw new AssertionError(bad.toString());
        })) {
            analyses = s.sorted(java.util.Comparator.comparing(CrateAnalysis::name)).toList();
        }
        assertEquals(List.of("ffi-libm@0.1.0", "unsafe-zoo@1.0.0"),
                analyses.stream().map(a -> a.name() + "@" + a.version()).toList());
        CrateAnalysis libmAnalysis = analyses.get(0);
        CrateAnalysis zooAnalysis = analyses.get(1);
        assertEquals(CrateSource.Kind.ARCHIVE, zooAnalysis.source().kind());
        assertEquals(tmp.resolve("crates").resolve(zoo.fileName()).toString(), zooAnalysis.source().origin());
        assertEquals(zoo.cksum(), zooAnalysis.source().checksum(), "the index's checksum is the archive's");
        assertEquals(libm.cksum(), libmAnalysis.source().checksum());
        assertEquals(8, zooAnalysis.unsafeCounters().unsafeTotal());
        assertEquals(3, zooAnalysis.unsafeCounters().unsafeBlocks());
        assertEquals(3, libmAnalysis.unsafeCounters().foreignItems());

        EaselRun again = fetch("--crates", "unsafe-zoo,ffi-libm");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.err().contains("easel: 0 fetched, 2 already present, 0 failed"), again.err());
        assertEquals(2, registry.hitsUnder("/dl/"), "the second run downloaded nothing");
    }

    @Test
    void aListFileWithABadLineFetchesTheRestAndExitsOne() throws IOException {
        Path list = Files.writeString(tmp.resolve("list.txt"), "# study set\nffi-libm@0.1.0\nnot a crate\nno-such\n");
        EaselRun run = fetch("--from-file", list.toString());
        assertEquals(ExitCode.SOME_FAILED.code(), run.exitCode(), run.err());
        assertTrue(run.err().contains("easel: " + list + ":3: fetch: line skipped: not a crate name: 'not a crate'"),
                run.err());
        assertTrue(run.err().contains("no-such: failed: unknown crate — not in the index (http 404 from "), run.err());
        assertTrue(run.err().contains("easel: 1 fetched, 0 already present, 1 failed (1 unknown crate)"), run.err());
        assertTrue(Files.isRegularFile(tmp.resolve("crates").resolve(libm.fileName())));
    }

    @Test
    void offlineWithNothingPresentReportsEachCrateAndExitsOne() {
        EaselRun run = fetch("--crates", "unsafe-zoo", "--offline");
        assertEquals(ExitCode.SOME_FAILED.code(), run.exitCode(), run.err());
        assertTrue(run.err().contains("unsafe-zoo: failed: offline — no index file "), run.err());
        assertEquals(0, registry.hitsUnder("/"), "offline touched the network");
    }

    @Test
    void usageErrorsExitTwoAndAnUnreachableRegistryExitsOneWithOneLine() {
        assertEquals(ExitCode.USAGE.code(), fetch().exitCode(), "nothing to fetch");
        EaselRun badName = fetch("--crates", "a/b");
        assertEquals(ExitCode.USAGE.code(), badName.exitCode());
        assertEquals("easel: --crates: not a crate name: 'a/b'", badName.err().strip());
        EaselRun git = EaselRun.of("fetch", "--index", "https://github.com/rust-lang/crates.io-index", "--out",
                tmp.resolve("c").toString(), "--crates", "libc");
        assertEquals(ExitCode.USAGE.code(), git.exitCode());
        assertTrue(git.err().startsWith("easel: 'https://github.com/rust-lang/crates.io-index' is a git index URL"),
                git.err());
        assertEquals(ExitCode.USAGE.code(), fetch("--crates", "x", "--timeout", "soon").exitCode());

        String url = registry.sparseUrl();
        registry.close();
        EaselRun down = fetch("--crates", "unsafe-zoo", "--retries", "0");
        assertEquals(ExitCode.SOME_FAILED.code(), down.exitCode(), down.err());
        assertEquals(1, down.err().strip().lines().count(), down.err());
        assertTrue(down.err().startsWith("easel: registry unreachable: " + url + ": cannot connect to 127.0.0.1:"),
                down.err());
    }

    /** --top N takes the N most downloaded crates of the graph, after a db-dump import, and fetches their latest. */
    @Test
    void topCratesByDownloadsFromTheImportedDump() {
        String dataDir = tmp.resolve("neo4j").toString();
        EaselRun none = fetch("--top", "2", "--data-dir", dataDir);
        assertEquals(ExitCode.USAGE.code(), none.exitCode(), none.err());
        assertTrue(none.err().contains("the graph has no downloads: import the crates.io db-dump first"), none.err());

        EaselRun imported = EaselRun.of("index", "import", "--db-dump",
                SupplyChainCommandsTest.TESTDATA.resolve("dumps/fetch-top").toString(), "--data-dir", dataDir);
        assertEquals(0, imported.exitCode(), imported.err());
        EaselRun fetched = fetch("--top", "2", "--data-dir", dataDir);
        assertEquals(0, fetched.exitCode(), fetched.err());
        assertTrue(fetched.err().contains("easel: the 2 crates with the most downloads in "), fetched.err());
        assertTrue(Files.isRegularFile(tmp.resolve("crates").resolve(zoo.fileName())));
        assertTrue(Files.isRegularFile(tmp.resolve("crates").resolve(libm.fileName())));
        assertTrue(fetched.err().contains("easel: 2 fetched, 0 already present, 0 failed"), fetched.err());
    }
}
