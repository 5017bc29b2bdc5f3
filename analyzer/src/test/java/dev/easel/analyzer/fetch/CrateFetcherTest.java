package dev.easel.analyzer.fetch;

import dev.easel.analyzer.fetch.ArchiveOutcome.Status;
import dev.easel.analyzer.fetch.TestRegistry.Published;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static dev.easel.analyzer.fetch.TestRegistry.delayed;
import static dev.easel.analyzer.fetch.TestRegistry.line;
import static dev.easel.analyzer.fetch.TestRegistry.ok;
import static dev.easel.analyzer.fetch.TestRegistry.status;
import static dev.easel.analyzer.fetch.TestRegistry.trickled;
import static dev.easel.analyzer.fetch.TestRegistry.truncated;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Fetches from a real HTTP registry on 127.0.0.1 serving archives packed from the fixture crates. */
class CrateFetcherTest {

    @TempDir
    Path tmp;

    private TestRegistry registry;
    private Path out;

    @BeforeEach
    void start() throws IOException {
        registry = TestRegistry.start();
        out = tmp.resolve("crates");
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    /** Fast settings: two retries 50 ms apart, a 700 ms idle timeout, no rate limit worth the name. */
    private FetchOptions options() {
        return FetchOptions.defaults(IndexLocation.parse(registry.sparseUrl()), out)
                .withTransfers(4, 1000, 2, Duration.ofMillis(700), Duration.ofMillis(50));
    }

    private FetchReport fetch(FetchOptions options, RecordingListener listener, String... requests) {
        return CrateFetcher.fetch(options, Arrays.stream(requests).map(CrateRequest::parse).toList(), listener);
    }

    private FetchReport fetch(String... requests) {
        return fetch(options(), new RecordingListener(), requests);
    }

    @Test
    void fetchesTheLatestReleasesVerifiedAsNameVersionArchives() throws IOException {
        Published zoo = registry.publish("unsafe-zoo");
        Published libm = registry.publish("ffi-libm");
        Published exports = registry.publish("exports-c");
        registry.indexLine("ffi-libm", line("ffi-libm", "0.2.0-beta.1", "d".repeat(64), false));
        registry.indexLine("ffi-libm", line("ffi-libm", "0.3.0", "e".repeat(64), true));
        RecordingListener listener = new RecordingListener();

        FetchReport report = fetch(options(), listener, "unsafe-zoo", "ffi-libm", "exports-c", "unsafe-zoo@1.0.0");

        assertEquals(List.of("unsafe-zoo@1.0.0", "ffi-libm@0.1.0", "exports-c@0.2.0"),
                report.outcomes().stream().map(ArchiveOutcome::id).toList(), "pre-release and yanked passed over");
        assertEquals(3, report.count(Status.FETCHED));
        assertEquals("3 fetched, 0 already present, 0 failed", report.summary());
        for (Published p : List.of(zoo, libm, exports)) {
            assertArrayEquals(p.bytes(), Files.readAllBytes(out.resolve(p.fileName())));
            assertEquals(1, registry.hits(p.path()));
        }
        assertEquals(zoo.bytes().length, report.outcomes().get(0).bytes());
        assertEquals(List.of("exports-c-0.2.0.crate", "ffi-libm-0.1.0.crate", "unsafe-zoo-1.0.0.crate"),
                visibleFiles(), "nothing else in sight, no .part left");
        assertEquals(List.of(3), listener.planned);
        assertEquals(3, listener.started.size());
        assertEquals(3, listener.finished.size());
    }

    @Test
    void failuresAreCountedByReasonAndLeaveNoFileBehind() throws IOException {
        Published zoo = TestRegistry.pack("unsafe-zoo");
        registry.serve(zoo.path(), ok(zoo.bytes()));
        registry.indexLine("unsafe-zoo", line("unsafe-zoo", "1.0.0", "0".repeat(64), false));
        registry.indexLine("ghost", line("ghost", "1.0.0", "1".repeat(64), false)); // in the index, no archive
        Published exports = TestRegistry.pack("exports-c");
        registry.serve(exports.path(), truncated(exports.bytes(), exports.bytes().length / 2));
        registry.indexLine("exports-c", line("exports-c", "0.2.0", exports.cksum(), false));
        registry.publish("ffi-libm");

        FetchReport report = fetch("unsafe-zoo", "ghost", "exports-c", "no-such-crate", "ffi-libm@9.9.9");

        List<ArchiveOutcome> o = report.outcomes();
        assertEquals(List.of(FailureReason.CHECKSUM_MISMATCH, FailureReason.NOT_FOUND, FailureReason.TRUNCATED,
                FailureReason.UNKNOWN_CRATE, FailureReason.UNKNOWN_VERSION),
                o.stream().map(ArchiveOutcome::reason).toList());
        assertEquals("SHA-256 of " + registry.url(zoo.path()) + " is " + zoo.cksum() + ", the index says "
                + "0".repeat(64) + "; not kept", o.get(0).detail());
        assertEquals("http 404 from " + registry.url("/dl/ghost/1.0.0/download"), o.get(1).detail());
        assertEquals(1, registry.hits("/dl/ghost/1.0.0/download"), "a 404 is not retried");
        assertEquals("got " + exports.bytes().length / 2 + " of " + exports.bytes().length + " bytes from "
                + registry.url(exports.path()), o.get(2).detail());
        assertEquals(3, registry.hits(exports.path()), "a truncated body is retried twice");
        assertEquals("not in the index (http 404 from " + registry.url("/index/no/-s/no-such-crate") + ")",
                o.get(3).detail());
        assertEquals("no-such-crate", o.get(3).id());
        assertEquals("ffi-libm@9.9.9", o.get(4).id());
        assertEquals("0 fetched, 0 already present, 5 failed (1 unknown crate, 1 unknown version, 1 not found, "
                + "1 truncated download, 1 checksum mismatch)", report.summary());
        assertEquals(List.of(), visibleFiles());
        assertEquals(List.of(), partFiles());
    }

    @Test
    void aSlowResponseTimesOutAndTheRetrySucceeds() throws IOException {
        Published zoo = registry.publish("unsafe-zoo");
        registry.serve(zoo.path(), delayed(Duration.ofSeconds(3), ok(zoo.bytes())), ok(zoo.bytes()));
        RecordingListener listener = new RecordingListener();

        long start = System.nanoTime();
        FetchReport report = fetch(options(), listener, "unsafe-zoo");

        assertEquals(Status.FETCHED, report.outcomes().get(0).status());
        assertEquals(2, registry.hits(zoo.path()));
        assertEquals(1, listener.retries.size());
        RecordingListener.Retry retry = listener.retries.get(0);
        assertEquals(registry.url(zoo.path()), retry.url());
        assertTrue(retry.why().contains("0.7 s"), retry.why());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos(), "did not wait for the slow answer");
        assertArrayEquals(zoo.bytes(), Files.readAllBytes(out.resolve(zoo.fileName())));
    }

    @Test
    void theTimeoutIsForSilenceNotForTheWholeTransfer() throws IOException {
        Published zoo = registry.publish("unsafe-zoo");
        registry.serve(zoo.path(), trickled(zoo.bytes(), 2, Duration.ofSeconds(3)), // half, then silence
                trickled(zoo.bytes(), 6, Duration.ofMillis(300)));                // 1.8 s in all, never 0.7 s silent
        RecordingListener listener = new RecordingListener();

        FetchReport report = fetch(options(), listener, "unsafe-zoo");

        assertEquals(Status.FETCHED, report.outcomes().get(0).status(), report.outcomes().toString());
        assertEquals(2, registry.hits(zoo.path()));
        assertEquals(1, listener.retries.size());
        assertEquals("nothing received for 0.7 s from " + registry.url(zoo.path()), listener.retries.get(0).why());
        assertArrayEquals(zoo.bytes(), Files.readAllBytes(out.resolve(zoo.fileName())));
    }

    @Test
    void serviceUnavailableIsRetriedAfterTheRetryAfterDelay() throws IOException {
        Published zoo = registry.publish("unsafe-zoo");
        registry.serve(zoo.path(), status(503, "Retry-After", "1"), ok(zoo.bytes()));
        RecordingListener listener = new RecordingListener();

        long start = System.nanoTime();
        FetchReport report = fetch(options(), listener, "unsafe-zoo");

        assertEquals(Status.FETCHED, report.outcomes().get(0).status());
        assertEquals(2, registry.hits(zoo.path()));
        assertEquals(List.of(new RecordingListener.Retry(registry.url(zoo.path()), 1, Duration.ofSeconds(1),
                "http 503 from " + registry.url(zoo.path()))), listener.retries);
        assertTrue(System.nanoTime() - start >= Duration.ofSeconds(1).toNanos());
    }

    @Test
    void dlMarkersAreExpandedAsCargoDoes() throws IOException {
        registry.config("\"" + registry.url("/files/{lowerprefix}/{crate}-{version}.crate?sum={sha256-checksum}")
                + "\"");
        Published zoo = TestRegistry.pack("unsafe-zoo");
        registry.serve("/files/un/sa/unsafe-zoo-1.0.0.crate", ex -> {
            boolean rightSum = ("sum=" + zoo.cksum()).equals(ex.getRequestURI().getRawQuery());
            (rightSum ? ok(zoo.bytes()) : status(400)).send(ex);
        });
        registry.indexLine("unsafe-zoo", line("unsafe-zoo", "1.0.0", zoo.cksum(), false));

        FetchReport report = fetch("unsafe-zoo");

        assertEquals(Status.FETCHED, report.outcomes().get(0).status(), report.outcomes().toString());
        assertEquals(1, registry.hits("/files/un/sa/unsafe-zoo-1.0.0.crate"));
        assertEquals(0, registry.hitsUnder("/dl/"));
    }

    @Test
    void yankedVersionsAreSkippedUnlessAsked() throws IOException {
        Published zoo = registry.publish("unsafe-zoo");
        registry.serve("/dl/unsafe-zoo/1.1.0/download", ok(zoo.bytes()));
        registry.indexLine("unsafe-zoo", line("unsafe-zoo", "1.1.0", zoo.cksum(), true));

        assertEquals(List.of("unsafe-zoo@1.0.0"), ids(fetch("unsafe-zoo")));
        assertEquals(List.of("unsafe-zoo@1.0.0"), ids(fetch(options().withVersions(true, false),
                new RecordingListener(), "unsafe-zoo")));
        ArchiveOutcome refused = fetch("unsafe-zoo@1.1.0").outcomes().get(0);
        assertEquals(FailureReason.YANKED, refused.reason());
        assertEquals(0, registry.hits("/dl/unsafe-zoo/1.1.0/download"));

        FetchReport yanked = fetch(options().withVersions(true, true), new RecordingListener(), "unsafe-zoo");
        assertEquals(List.of("unsafe-zoo@1.0.0", "unsafe-zoo@1.1.0"), ids(yanked));
        assertEquals(List.of(Status.PRESENT, Status.FETCHED),
                yanked.outcomes().stream().map(ArchiveOutcome::status).toList());
        assertTrue(Files.isRegularFile(out.resolve("unsafe-zoo-1.1.0.crate")));
    }

    @Test
    void aSecondRunDownloadsNothingAndACorruptCopyIsReplaced() throws IOException {
        Published zoo = registry.publish("unsafe-zoo");
        Published libm = registry.publish("ffi-libm");
        assertEquals(2, fetch("unsafe-zoo", "ffi-libm").count(Status.FETCHED));
        assertEquals(2, registry.hitsUnder("/dl/"));

        FetchReport again = fetch("unsafe-zoo", "ffi-libm");
        assertEquals(2, again.count(Status.PRESENT));
        assertEquals("0 fetched, 2 already present, 0 failed", again.summary());
        assertEquals(2, registry.hitsUnder("/dl/"), "present archives cost no download");

        Files.write(out.resolve(zoo.fileName()), new byte[]{1, 2, 3});
        FetchReport repaired = fetch("unsafe-zoo", "ffi-libm");
        assertEquals(List.of(Status.FETCHED, Status.PRESENT),
                repaired.outcomes().stream().map(ArchiveOutcome::status).toList());
        assertArrayEquals(zoo.bytes(), Files.readAllBytes(out.resolve(zoo.fileName())));
        assertArrayEquals(libm.bytes(), Files.readAllBytes(out.resolve(libm.fileName())));
    }

    @Test
    void offlineCountsOnlyPresentVerifiedArchivesAndTouchesNoNetwork() throws IOException {
        registry.publish("unsafe-zoo");
        registry.publish("ffi-libm");
        registry.indexLine("exports-c", line("exports-c", "0.2.0", "2".repeat(64), false)); // its archive: 404
        FetchReport online = fetch("unsafe-zoo", "exports-c");
        assertEquals(List.of(Status.FETCHED, Status.FAILED),
                online.outcomes().stream().map(ArchiveOutcome::status).toList());
        String port = registry.url("").replace("http://127.0.0.1:", "");
        registry.close(); // nothing listens any more: a request would fail with a connection error

        FetchReport offline = fetch(options().withOffline(true), new RecordingListener(),
                "unsafe-zoo", "exports-c", "ffi-libm");

        List<ArchiveOutcome> o = offline.outcomes();
        assertEquals(Status.PRESENT, o.get(0).status());
        assertEquals(FailureReason.OFFLINE, o.get(1).reason());
        assertEquals("not in " + out.toAbsolutePath() + " and --offline forbids downloading it", o.get(1).detail());
        assertEquals(FailureReason.OFFLINE, o.get(2).reason(), "never fetched online: no index copy");
        assertEquals("no index file " + out.toAbsolutePath().resolve(".easel-index/127.0.0.1_" + port
                + "_index/ff/i-/ffi-libm") + " (no copy of its index file from " + registry.sparseUrl()
                + ": run once without --offline)", o.get(2).detail());

        Files.write(out.resolve("unsafe-zoo-1.0.0.crate"), new byte[]{9});
        ArchiveOutcome corrupt = fetch(options().withOffline(true), new RecordingListener(), "unsafe-zoo")
                .outcomes().get(0);
        assertEquals(FailureReason.CHECKSUM_MISMATCH, corrupt.reason());
        assertEquals(1, Files.size(out.resolve("unsafe-zoo-1.0.0.crate")), "offline replaces nothing");
    }

    @Test
    void badIndexLinesAreReportedWithUrlAndLineWhileTheRestOfTheFileIsUsed() throws IOException {
        registry.publish("unsafe-zoo");
        registry.indexLine("unsafe-zoo", "{\"name\":\"unsafe-zoo\",");
        RecordingListener listener = new RecordingListener();

        FetchReport report = fetch(options(), listener, "unsafe-zoo");

        assertEquals(Status.FETCHED, report.outcomes().get(0).status());
        assertEquals(1, report.problems().size());
        assertEquals(registry.url("/index/un/sa/unsafe-zoo"), report.problems().get(0).file());
        assertEquals(2, report.problems().get(0).line());
        assertEquals(report.problems(), listener.problems);
        assertEquals("1 fetched, 0 already present, 0 failed; 1 index line skipped", report.summary());
    }

    @Test
    void parallelJobsGetEveryVersionOnceWithinTheRateLimit() throws IOException {
        Published zoo = registry.publish("unsafe-zoo");
        for (int minor = 1; minor <= 5; minor++) {
            String version = "1." + minor + ".0";
            registry.serve("/dl/unsafe-zoo/" + version + "/download", ok(zoo.bytes()));
            registry.indexLine("unsafe-zoo", line("unsafe-zoo", version, zoo.cksum(), false));
        }
        FetchOptions options = options().withVersions(true, false)
                .withTransfers(4, 10, 2, Duration.ofSeconds(5), Duration.ofMillis(50));

        long start = System.nanoTime();
        FetchReport report = fetch(options, new RecordingListener(), "unsafe-zoo");
        long elapsed = System.nanoTime() - start;

        assertEquals(6, report.count(Status.FETCHED));
        assertEquals(6, registry.hitsUnder("/dl/"));
        for (ArchiveOutcome o : report.outcomes()) {
            assertEquals(1, registry.hits("/dl/unsafe-zoo/" + o.version() + "/download"));
        }
        // config.json, the index file and six archives on one host at 10 per second
        assertTrue(elapsed >= Duration.ofMillis(690).toNanos(), "rate limit: " + elapsed / 1_000_000 + " ms");
    }

    @Test
    void anUnreachableRegistryIsOneClearError() {
        String url = registry.sparseUrl();
        String port = registry.url("").replace("http://127.0.0.1:", "");
        registry.close();

        FetchException e = assertThrows(FetchException.class, () -> fetch("unsafe-zoo"));

        assertEquals("registry unreachable: " + url + ": cannot connect to 127.0.0.1:" + port
                + ": connection refused", e.getMessage());
    }

    @Test
    void aMalformedConfigJsonStopsTheRunNamingItsUrl() {
        registry.serve("/index/config.json", ok("{\"dl\": 5}".getBytes()));
        FetchException e = assertThrows(FetchException.class, () -> fetch("unsafe-zoo"));
        assertEquals("malformed config.json at " + registry.url("/index/config.json")
                + ": no 'dl' text (the download location)", e.getMessage());
    }

    @Test
    void anUnwritableOutputFolderStopsTheRunBeforeAnyRequest() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        out = file.resolve("crates");
        FetchException e = assertThrows(FetchException.class, () -> fetch("unsafe-zoo"));
        assertTrue(e.getMessage().startsWith("cannot create the output folder " + out + ": "), e.getMessage());
        assertEquals(0, registry.hitsUnder("/"));
    }

    private static List<String> ids(FetchReport report) {
        return report.outcomes().stream().map(ArchiveOutcome::id).toList();
    }

    private List<String> visibleFiles() throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
    }

    private List<String> partFiles() throws IOException {
        try (Stream<Path> s = Files.walk(out)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).toList();
        }
    }

    @Test
    void aRegistryWithoutConfigJsonIsNotAnIndex() {
        registry.serve("/index/config.json", status(404));
        FetchException e = assertThrows(FetchException.class, () -> fetch("unsafe-zoo"));
        assertEquals("no config.json at " + registry.url("/index/config.json") + " (http 404 from "
                + registry.url("/index/config.json") + "): not a cargo sparse index", e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
