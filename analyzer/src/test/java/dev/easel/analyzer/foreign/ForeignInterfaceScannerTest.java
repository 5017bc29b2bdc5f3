package dev.easel.analyzer.foreign;

import dev.easel.analyzer.build.TargetCfg;
import dev.easel.analyzer.cfg.CfgSet;
import dev.easel.analyzer.model.ForeignInterface;
import dev.easel.analyzer.model.ForeignInterface.Basis;
import dev.easel.analyzer.model.ForeignInterface.Declaration;
import dev.easel.analyzer.model.ForeignInterface.LinkAttribute;
import dev.easel.analyzer.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ffi-cfg fixture's foreign interface for x86_64 Linux and FreeBSD, with and without its default features, read
 * from source with the targets' real configuration ({@code rustc --print cfg}); and the finer points on small files.
 */
class ForeignInterfaceScannerTest {

    static final Path FFI_CFG = Path.of("..", "testdata", "crates", "ffi-cfg").toAbsolutePath().normalize();
    static final String LINUX = "x86_64-unknown-linux-gnu";
    static final String FREEBSD = "x86_64-unknown-freebsd";

    @TempDir
    Path tmp;

    private static ForeignInterface ffiCfg(String target, List<String> features, List<Problem> problems)
            throws Exception {
        CfgSet cfg = TargetCfg.of(target).cfg().withFeatures(features);
        return ForeignInterfaceScanner.fromSource(FFI_CFG, "src/lib.rs", cfg, target, problems);
    }

    @Test
    void linuxWithDefaultFeatures() throws Exception {
        List<Problem> problems = new ArrayList<>();
        ForeignInterface fi = ffiCfg(LINUX, List.of("default", "std"), problems);
        assertEquals(List.of(), problems);
        assertEquals(LINUX, fi.target());
        assertEquals(Basis.SOURCE, fi.basis());
        assertEquals(List.of("default", "std"), fi.features());
        assertEquals(4, fi.externBlocks());
        assertEquals(5, fi.foreignItems());
        assertEquals(List.of(
                new Declaration("clock_gettime", "fn", "C", "rt", null, "src/lib.rs", 25),
                new Declaration("cos", "fn", "C", "m", null, "src/lib.rs", 37),
                new Declaration("sqrt", "fn", "C", "m", null, "src/lib.rs", 41),
                new Declaration("dlerror", "fn", "C", "dl", null, "src/lib.rs", 59),
                new Declaration("strlen", "fn", "C", null, null, "src/lib.rs", 80)), fi.declarations());
        assertEquals(List.of(new LinkAttribute("rt", null, null, "src/lib.rs", 23),
                new LinkAttribute("m", null, null, "src/lib.rs", 34),
                new LinkAttribute("dl", null, null, "src/lib.rs", 57)), fi.links());
    }

    @Test
    void freebsdLinksItsOwnLibrariesAndReadsItsModule() throws Exception {
        List<Problem> problems = new ArrayList<>();
        ForeignInterface fi = ffiCfg(FREEBSD, List.of("default", "std"), problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of("backtrace:execinfo", "cos:procstat", "procstat_close:procstat", "square_root:procstat",
                "kvm_close:kvm", "strlen:null", "kinfo_getproc:util"),
                fi.declarations().stream().map(d -> d.name() + ":" + d.library()).toList());
        assertEquals(List.of("execinfo", "procstat", "kvm", "util"),
                fi.links().stream().map(LinkAttribute::name).toList());
        assertEquals("src/freebsd.rs", fi.links().get(3).file());
        assertEquals(5, fi.externBlocks());
    }

    @Test
    void featuresTurnBlocksOnAndOff() throws Exception {
        ForeignInterface fi = ffiCfg(LINUX, List.of("zlib"), new ArrayList<>());
        assertEquals(List.of("clock_gettime", "cos", "sqrt", "zlibVersion", "dlerror", "abort", "strlen"),
                fi.declarations().stream().map(Declaration::name).toList());
        assertEquals(List.of("rt", "m", "z", "dl"), fi.links().stream().map(LinkAttribute::name).toList());
    }

    @Test
    void withoutAConfigurationEveryPlatformCounts() {
        ForeignInterface fi = ForeignInterfaceScanner.fromSource(FFI_CFG, "src/lib.rs", null, null, new ArrayList<>());
        assertEquals(Basis.UNEVALUATED, fi.basis());
        assertEquals(List.of("rt", "execinfo", "m", "procstat", "z", "kvm", "dl", "util"),
                fi.links().stream().map(LinkAttribute::name).toList());
        assertEquals(10, fi.externBlocks());
    }

    @Test
    void compiledFilesAreReadEachWithTheBuildsConfiguration() throws Exception {
        CfgSet cfg = TargetCfg.of(LINUX).cfg().withFeatures(List.of("default", "std"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("bindings.rs"), """
                extern "C" {
                    pub fn generated(x: i32) -> i32;
                }
                """);
        ForeignInterface fi = ForeignInterfaceScanner.compiled(FFI_CFG, List.of(FFI_CFG.resolve("src/lib.rs"),
                out.resolve("bindings.rs"), out.resolve("data.txt")), out, cfg, LINUX, new ArrayList<>());
        assertEquals(Basis.COMPILED, fi.basis());
        assertEquals(List.of("clock_gettime", "cos", "sqrt", "dlerror", "strlen", "generated"),
                fi.declarations().stream().map(Declaration::name).toList());
        assertEquals("$OUT_DIR/bindings.rs", fi.declarations().get(5).file());
    }

    @Test
    void linkCfgCfgAttrChainsInnerAttributesAndBodies() throws Exception {
        Files.createDirectories(tmp.resolve("src"));
        Files.writeString(tmp.resolve("src/lib.rs"), """
                #[link(name = "c", cfg(not(target_feature = "crt-static")))]
                #[link(name = "c_static", kind = "static", modifiers = "-bundle", cfg(target_feature = "crt-static"))]
                extern {}
                #[cfg_attr(unix, cfg_attr(target_os = "linux", link(name = "nested")))]
                #[cfg_attr(windows, link(name = "kernel32"))]
                unsafe extern "C" {
                    #[cfg(windows)] pub fn GetLastError() -> u32;
                    pub safe fn getpid() -> i32;
                    pub static mut environ: *const *const u8;
                }
                #[cfg_attr(target_os = "linux", path = "linux_impl.rs")]
                mod imp;
                mod off {
                    #![cfg(windows)]
                    #[link(name = "never")] extern "C" { fn never(); }
                }
                #[cfg(all(unix, not(unix)))]
                mod gone { extern "C" { fn gone(); } }
                impl S {
                    fn method(&self) {
                        if !self.0 {
                            #[link(name = "inbody")]
                            extern "C" { fn in_body(); }
                        }
                    }
                }
                macro_rules! not_read { () => { extern "C" { fn in_macro(); } }; }
                cfg_if::cfg_if! {
                    if #[cfg(windows)] { extern "C" { fn win(); } }
                    else { extern "C" { fn other(); } }
                }
                """);
        Files.writeString(tmp.resolve("src/linux_impl.rs"), "extern \"C\" { pub fn from_path_attr(); }\n");
        List<Problem> problems = new ArrayList<>();
        ForeignInterface fi = ForeignInterfaceScanner.fromSource(tmp, "src/lib.rs",
                TargetCfg.of(LINUX).cfg(), LINUX, problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of(new LinkAttribute("c", null, null, "src/lib.rs", 1),
                        new LinkAttribute("nested", null, null, "src/lib.rs", 4),
                        new LinkAttribute("inbody", null, null, "src/lib.rs", 22)), fi.links());
        assertEquals(List.of("getpid:fn", "environ:static", "in_body:fn", "other:fn", "from_path_attr:fn"),
                fi.declarations().stream().map(d -> d.name() + ":" + d.kind()).toList());
        assertEquals(5, fi.externBlocks());
    }

    @Test
    void unreadablePredicatesAreReportedWithFileAndLineAndTakenAsTrue() throws Exception {
        Files.createDirectories(tmp.resolve("src"));
        Files.writeString(tmp.resolve("src/lib.rs"), """
                pub fn f() {}
                #[cfg(target_os = linux)]
                extern "C" { fn kept(); }
                """);
        List<Problem> problems = new ArrayList<>();
        ForeignInterface fi = ForeignInterfaceScanner.fromSource(tmp, "src/lib.rs", TargetCfg.of(LINUX).cfg(), LINUX,
                problems);
        assertEquals(List.of("kept"), fi.declarations().stream().map(Declaration::name).toList());
        assertEquals(1, problems.size());
        assertEquals("src/lib.rs", problems.get(0).file());
        assertEquals(2, problems.get(0).line());
        assertTrue(problems.get(0).message().contains("`target_os =` must be followed by a string"),
                problems.get(0).message());
    }
}
