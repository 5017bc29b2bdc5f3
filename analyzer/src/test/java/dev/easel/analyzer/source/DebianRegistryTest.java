package dev.easel.analyzer.source;

import dev.easel.analyzer.foreign.ForeignInterfaceScanner;
import dev.easel.analyzer.model.ForeignInterface;
import dev.easel.analyzer.model.NativeLanguage;
import dev.easel.analyzer.model.NativeCode;
import dev.easel.analyzer.model.UnsafeCounters;
import dev.easel.analyzer.testdata.DebianRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real crates from Debian's librust-*-dev packages ({@link DebianRegistry}); each test skips when its crate is absent. */
class DebianRegistryTest {

    /** The highest version of crate {@code name} in the registry, or the calling test is skipped. */
    static Path crate(String name) {
        return DebianRegistry.requireCrate(name);
    }

    @Test
    void libcDeclaresThousandsOfForeignFunctions() throws IOException {
        UnsafeCounters u = SourceScanner.scan(crate("libc"), SourceScanOptions.defaults()).unsafeCounters();
        assertTrue(u.foreignItems() > 1000, "foreign items " + u.foreignItems());
        assertTrue(u.externBlocks() > 50);
        ForeignInterface every = ForeignInterfaceScanner.fromSource(crate("libc"), "src/lib.rs", null, null,
                new ArrayList<>());
        assertTrue(every.declarations().stream().anyMatch(d -> d.name().equals("malloc") && d.kind().equals("fn")));
    }

    @Test
    void opensslSysDeclaresHundredsAndBuildsWithCcPkgConfigBindgenVcpkg() throws IOException {
        SourceScan s = SourceScanner.scan(DebianRegistry.require("openssl-sys-0.9.80"), SourceScanOptions.defaults()
                .withBuildDependencies(List.of("autocfg", "bindgen", "cc", "pkg-config", "vcpkg")));
        assertTrue(s.unsafeCounters().foreignItems() > 500, "foreign items " + s.unsafeCounters().foreignItems());
        assertTrue(ForeignInterfaceScanner.fromSource(crate("openssl-sys"), "src/lib.rs", null, null, new ArrayList<>())
                .declarations().stream().anyMatch(d -> d.name().equals("SSL_new")));
        assertEquals(List.of("bindgen", "cc", "pkg-config", "vcpkg"), s.nativeCode().buildMechanisms());
        assertEquals(List.of(new NativeCode.LanguageCount(NativeLanguage.C, 1, 88)), s.nativeCode().languages()); // build/expando.c
    }

    @Test
    void regexHasUnsafeBlocks() throws IOException {
        UnsafeCounters u = SourceScanner.scan(crate("regex"), SourceScanOptions.defaults()).unsafeCounters();
        assertTrue(u.unsafeBlocks() > 0);
        assertTrue(u.exprs().unsafeCount() > 0);
    }

    @Test
    void libzSysAsDebianShipsIt() throws IOException {
        // Debian strips the bundled zlib (and zlib-ng) sources: only src/smoke.c is left; the build script only
        // probes pkg-config (vcpkg is a msvc-only build-dependency it never calls on Debian's patched build.rs)
        SourceScan s = SourceScanner.scan(DebianRegistry.require("libz-sys-1.1.8"), SourceScanOptions.defaults()
                .withBuildDependencies(List.of("pkg-config", "cc", "cmake", "vcpkg")));
        assertEquals(List.of(new NativeCode.LanguageCount(NativeLanguage.C, 1, 4)), s.nativeCode().languages());
        assertEquals(List.of(new NativeCode.FolderCount("src/", 1, 4)), s.nativeCode().topFolders());
        assertEquals(List.of("pkg-config", "cc (declared only)", "cmake (declared only)", "vcpkg (declared only)"),
                s.nativeCode().buildMechanisms());
        assertTrue(s.unsafeCounters().foreignItems() > 50);
        assertEquals(3, s.unsafeCounters().externBlocks());
    }

    @Test
    void everyInstalledCrateGetsCountersAndNothingThrows() throws IOException {
        List<Path> crates = DebianRegistry.packages();
        DebianRegistry.require();
        assertTrue(crates.size() > 50, "only " + crates.size() + " crates installed");
        int withRust = 0;
        for (Path c : crates) {
            for (boolean used : new boolean[]{false, true}) {
                SourceScan s = SourceScanner.scan(c, SourceScanOptions.defaults().withUsedFilesOnly(used));
                UnsafeCounters u = s.unsafeCounters();
                assertTrue(u.functions().safe() >= 0 && u.exprs().safe() >= 0 && u.exprs().unsafeCount() >= 0, c.toString());
                assertTrue(s.problems().stream().noneMatch(p -> p.message().startsWith("counting failed")),
                        c + ": " + s.problems());
                if (!used && u.filesScanned() > 0) {
                    withRust++;
                }
            }
        }
        assertEquals(crates.size(), withRust, "every crate has .rs files counted");
    }
}
