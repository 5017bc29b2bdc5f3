package dev.easel.analyzer.source;

import dev.easel.analyzer.foreign.ForeignInterfaceScanner;
import dev.easel.analyzer.model.ForeignInterface;
import dev.easel.analyzer.model.NativeLanguage;
import dev.easel.analyzer.model.NativeCode;
import dev.easel.analyzer.model.UnsafeCounters;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static dev.easel.analyzer.source.Fixtures.c;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The entry point on the project's fixture crates and a module-tree fixture. */
class SourceScannerTest {

    private static Path resourceDir(String name) {
        try {
            return Path.of(SourceScannerTest.class.getResource("/source/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void unsafeZooHasExactlyItsDocumentedCounts() {
        SourceScan s = SourceScanner.scan(Fixtures.REPO.resolve("testdata/crates/unsafe-zoo"), SourceScanOptions.defaults());
        UnsafeCounters u = s.unsafeCounters();
        assertEquals(c(1, 2), u.functions());      // read_twice / read_raw, nothing
        assertEquals(3, u.unsafeBlocks());
        assertEquals(c(1, 1), u.itemImpls());      // impl Holder / unsafe impl Marker
        assertEquals(c(0, 1), u.itemTraits());
        assertEquals(c(1, 0), u.methods());
        assertEquals(c(1, 4), u.exprs());          // a + b / *p, read_raw(x) twice, nothing()
        assertEquals(1, u.filesScanned());
        assertTrue(s.problems().isEmpty(), s.problems().toString());
        assertEquals(List.of("read_raw", "nothing", "read_twice", "Holder::call_nothing"),
                u.unsafeFunctions().stream().map(UnsafeCounters.UnsafeFunction::path).toList());
        assertEquals(List.of(17, 18), u.unsafeFunctions().get(2).unsafeBlockLines());
        assertEquals(0, s.nativeCode().totalFiles());
    }

    @Test
    void ffiLibmDeclaresThreeForeignFunctionsInTwoBlocks() {
        UnsafeCounters u = SourceScanner.scan(Fixtures.REPO.resolve("testdata/crates/ffi-libm"),
                SourceScanOptions.defaults()).unsafeCounters();
        assertEquals(2, u.externBlocks());
        assertEquals(3, u.foreignItems());
        ForeignInterface fi = ForeignInterfaceScanner.fromSource(Fixtures.REPO.resolve("testdata/crates/ffi-libm"),
                "src/lib.rs", null, null, new java.util.ArrayList<>());
        assertEquals(List.of("cos:m", "sqrt:m", "strlen:null"), fi.declarations().stream()
                .map(d -> d.name() + ":" + d.library()).toList());
        assertTrue(fi.declarations().stream().allMatch(d -> d.abi().equals("C") && d.kind().equals("fn")));
        assertEquals(4, u.unsafeBlocks());
    }

    @Test
    void usedFilesOnlyFollowsTheModuleTree() {
        Path crate = resourceDir("modtree");
        UnsafeCounters all = SourceScanner.scan(crate, SourceScanOptions.defaults()).unsafeCounters();
        assertEquals(9, all.filesScanned()); // every .rs file, the build script included
        assertEquals(c(2, 5), all.functions()); // main, in_b / in_a, in_tests, in_deeper, in_c, never_declared

        SourceScan used = SourceScanner.scan(crate, SourceScanOptions.defaults().withUsedFilesOnly(true));
        // lib.rs, a.rs, other/renamed.rs (#[path]), nested/mod.rs, nested/deeper.rs, inline/c.rs, build.rs;
        // not tests.rs (#[cfg(test)]) nor unused.rs (never declared)
        assertEquals(7, used.unsafeCounters().filesScanned());
        assertEquals(c(2, 3), used.unsafeCounters().functions());
        assertEquals(List.of("a::in_a", "b::in_b", "inline::c::in_c", "nested::deeper::in_deeper"),
                used.unsafeCounters().unsafeFunctions().stream().map(UnsafeCounters.UnsafeFunction::path).sorted().toList());
        assertTrue(used.problems().isEmpty(), used.problems().toString());

        SourceScan withTests = SourceScanner.scan(crate, SourceScanOptions.defaults().withUsedFilesOnly(true)
                .withIncludeTests(true));
        assertEquals(8, withTests.unsafeCounters().filesScanned());
    }

    @Test
    void nativeCensusAndBuildMechanisms() {
        SourceScan s = SourceScanner.scan(resourceDir("modtree"), SourceScanOptions.defaults()
                .withBuildDependencies(List.of("cc", "pkg-config", "autocfg")));
        NativeCode n = s.nativeCode();
        // adler.c 3 lines + zlib.h 2 lines (a header beside C is C); x86.S 2 lines
        assertEquals(List.of(new NativeCode.LanguageCount(NativeLanguage.C, 2, 5), new NativeCode.LanguageCount(NativeLanguage.ASSEMBLY, 1, 2)),
                n.languages());
        assertEquals(List.of(new NativeCode.FolderCount("csrc/zlib/", 2, 5), new NativeCode.FolderCount("csrc/", 1, 2)),
                n.topFolders());
        // cmake only in a comment: not reported; pkg-config declared but unused
        assertEquals(List.of("cc", "make", "pkg-config (declared only)"), n.buildMechanisms());
    }
}
