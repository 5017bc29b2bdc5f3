package dev.easel.analyzer.build.cache;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.intake.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisCacheTest {

    @TempDir
    Path tmp;

    private Path crate(String name, String lib) throws Exception {
        Path c = Files.createDirectories(tmp.resolve(name).resolve("src"));
        Files.writeString(c.getParent().resolve("Cargo.toml"), "[package]\nname = \"c\"\nversion = \"1.0.0\"\n");
        Files.writeString(c.resolve("lib.rs"), lib);
        return c.getParent();
    }

    @Test
    void checksumDependsOnContentNotOnLocationOrTargetFolder() throws Exception {
        Path a = crate("a", "pub fn f() {}\n");
        Path b = crate("b", "pub fn f() {}\n");
        assertEquals(Checksums.folderSha256(a), Checksums.folderSha256(b));
        Files.createDirectories(a.resolve("target/debug"));
        Files.writeString(a.resolve("target/debug/junk"), "build output");
        assertEquals(Checksums.folderSha256(a), Checksums.folderSha256(b), "target/ is left out");
        Files.writeString(b.resolve("src/lib.rs"), "pub fn g() {}\n");
        assertNotEquals(Checksums.folderSha256(a), Checksums.folderSha256(b));
        Files.move(a.resolve("src/lib.rs"), a.resolve("src/other.rs"));
        Files.writeString(b.resolve("src/lib.rs"), "pub fn f() {}\n");
        assertNotEquals(Checksums.folderSha256(a), Checksums.folderSha256(b), "file names count");
        assertEquals(64, Checksums.folderSha256(a).length());
    }

    @Test
    void storesLooksUpAndForces() throws Exception {
        Path c = crate("c", "pub fn f() {}\n");
        BuildOptions o = BuildOptions.defaults();
        CacheKey key = CacheKey.of(c, "rustc 1.95.0", o);
        AnalysisCache cache = new AnalysisCache(tmp.resolve("cache"), false);
        assertEquals(Optional.empty(), cache.lookup(key));
        cache.store(key, "{\"name\":\"c\"}");
        assertEquals(Optional.of("{\"name\":\"c\"}"), cache.lookup(key));
        // a new instance (a resumed run) sees it
        assertEquals(Optional.of("{\"name\":\"c\"}"), new AnalysisCache(tmp.resolve("cache"), false).lookup(key));
        assertEquals(Optional.empty(), new AnalysisCache(tmp.resolve("cache"), true).lookup(key), "force redoes");

        CacheKey otherRustc = CacheKey.of(c, "rustc 1.96.0", o);
        CacheKey otherFeatures = CacheKey.of(c, "rustc 1.95.0", o.toBuilder().features(List.of("std")).build());
        assertEquals(Optional.empty(), cache.lookup(otherRustc));
        assertEquals(Optional.empty(), cache.lookup(otherFeatures));
        assertTrue(otherFeatures.features().contains("std"));
        // offline, a crate of the registry is built as the registry package (other symbols): another key
        CacheKey offline = CacheKey.of(c, "rustc 1.95.0", o.toBuilder().registryDir(tmp.resolve("registry")).build());
        assertEquals(Optional.empty(), cache.lookup(offline));
        assertTrue(offline.flags().contains("registry-crates-as-packages"), offline.flags());

        Files.writeString(c.resolve("src/lib.rs"), "pub fn changed() {}\n");
        assertEquals(Optional.empty(), cache.lookup(CacheKey.of(c, "rustc 1.95.0", o)), "changed sources miss");

        cache.invalidate(key);
        assertEquals(Optional.empty(), cache.lookup(key));
        assertThrows(IllegalArgumentException.class, () -> cache.store(key, "two\nlines"));
    }
}
