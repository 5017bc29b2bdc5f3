package dev.easel.analyzer.fetch;

import dev.easel.analyzer.fetch.ArchiveOutcome.Status;
import dev.easel.analyzer.fetch.TestRegistry.Published;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Index checkouts on disk (git layout, plain files or a bare clone), archives from HTTP or file: URLs. */
class LocalIndexTest {

    @TempDir
    Path tmp;

    /** Writes config.json and the crates' index files in the git index layout. */
    private static void writeIndex(Path root, String dl, Published... crates) throws Exception {
        Files.createDirectories(root);
        Files.writeString(root.resolve("config.json"), "{\"dl\": \"" + dl + "\", \"api\": null}");
        for (Published p : crates) {
            Path file = root.resolve(IndexPaths.file(p.name()));
            Files.createDirectories(file.getParent());
            Files.writeString(file, TestRegistry.line(p.name(), p.version(), p.cksum(), false) + "\n");
        }
    }

    private static FetchReport fetch(Path index, Path out, String... crates) {
        FetchOptions options = FetchOptions.defaults(new IndexLocation.Local(index), out)
                .withTransfers(2, 1000, 1, Duration.ofSeconds(5), Duration.ofMillis(50));
        return CrateFetcher.fetch(options, List.of(crates).stream().map(CrateRequest::parse).toList(),
                FetchListener.NONE);
    }

    @Test
    void aCheckoutFolderIsReadAsFilesAndArchivesComeFromItsDl() throws Exception {
        try (TestRegistry registry = TestRegistry.start()) {
            Published zoo = registry.publish("unsafe-zoo");
            Path index = tmp.resolve("crates.io-index");
            writeIndex(index, registry.url("/dl"), zoo);
            Files.createDirectories(index.resolve(".git")); // a checkout's own folder is not read

            FetchReport report = fetch(index, tmp.resolve("out"), "unsafe-zoo", "missing");

            assertEquals(Status.FETCHED, report.outcomes().get(0).status());
            assertArrayEquals(zoo.bytes(), Files.readAllBytes(tmp.resolve("out").resolve(zoo.fileName())));
            ArchiveOutcome missing = report.outcomes().get(1);
            assertEquals(FailureReason.UNKNOWN_CRATE, missing.reason());
            assertEquals("no index file " + index.resolve("mi/ss/missing"), missing.detail());
            assertEquals(0, registry.hitsUnder("/index/"), "the index is not asked over HTTP");
        }
    }

    @Test
    void aBareGitCloneIsReadFromItsHeadTree() throws Exception {
        try (TestRegistry registry = TestRegistry.start()) {
            Published libm = registry.publish("ffi-libm");
            Path work = tmp.resolve("work");
            writeIndex(work, registry.url("/dl"), libm);
            Path bare = tmp.resolve("index.git");
            try (Git git = Git.init().setDirectory(work.toFile()).call()) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("index").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                        .setSign(false).call();
            }
            Git.cloneRepository().setURI(work.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call()
                    .close();

            FetchReport report = fetch(bare, tmp.resolve("out"), "ffi-libm", "unsafe-zoo");

            assertEquals(Status.FETCHED, report.outcomes().get(0).status(), report.outcomes().toString());
            assertArrayEquals(libm.bytes(), Files.readAllBytes(tmp.resolve("out").resolve(libm.fileName())));
            assertEquals(FailureReason.UNKNOWN_CRATE, report.outcomes().get(1).reason());
            assertEquals("no index file un/sa/unsafe-zoo in " + bare, report.outcomes().get(1).detail());
        }
    }

    @Test
    void aFileDlIsCopiedAndVerifiedLikeADownload() throws Exception {
        Published zoo = TestRegistry.pack("unsafe-zoo");
        Published exports = TestRegistry.pack("exports-c");
        Path archives = Files.createDirectories(tmp.resolve("archives"));
        Files.write(archives.resolve(zoo.fileName()), zoo.bytes());
        Files.write(archives.resolve(exports.fileName()), zoo.bytes()); // the wrong bytes under exports-c's name
        Path index = tmp.resolve("index");
        writeIndex(index, archives.toUri() + "{crate}-{version}.crate", zoo, exports);

        FetchReport report = fetch(index, tmp.resolve("out"), "unsafe-zoo", "exports-c");

        assertEquals(Status.FETCHED, report.outcomes().get(0).status());
        assertEquals(FailureReason.CHECKSUM_MISMATCH, report.outcomes().get(1).reason());
        assertEquals(List.of(zoo.fileName()), List.of(tmp.resolve("out").toFile().list()));
    }

    @Test
    void aMissingIndexFolderIsOneClearError() {
        Path nowhere = tmp.resolve("no-index");
        FetchException e = assertThrows(FetchException.class, () -> fetch(nowhere, tmp.resolve("out"), "x"));
        assertEquals("no such index folder: " + nowhere, e.getMessage());
    }
}
