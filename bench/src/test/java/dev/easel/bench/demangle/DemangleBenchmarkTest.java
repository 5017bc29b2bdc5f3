package dev.easel.bench.demangle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the benchmark on a tiny IR file: checks the figures are sane, not how fast they are. */
class DemangleBenchmarkTest {

    @Test
    void reportsSaneFigures(@TempDir Path dir) throws Exception {
        Path ll = dir.resolve("tiny.ll");
        Files.writeString(ll, """
                @alloc_1 = private unnamed_addr constant [3 x i8] c"abc", align 1
                define void @_RNvCs15kBYyAo9fc_7mycrate7example() unnamed_addr #0 {
                start:
                ; call <std::path::PathBuf>::new
                  call void @_RNvMsr_NtCs3ssYzQotkvD_3std4pathNtB5_7PathBuf3newCs15kBYyAo9fc_7mycrate()
                  call void @_ZN3std2rt10lang_start17h0123456789abcdefE(ptr @alloc_1)
                  %x = call double @cos(double 1.0)
                  call void @llvm.memcpy.p0.p0.i64(ptr @alloc_1, ptr @alloc_1, i64 3, i1 false)
                  ret void
                }
                declare double @cos(double) #1
                attributes #0 = { nounwind }
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        DemangleBenchmark.Result r = DemangleBenchmark.run(ll, 2, new PrintStream(text, true, StandardCharsets.UTF_8));
        assertEquals(6, r.symbols());
        assertEquals(3, r.rustSymbols());
        assertTrue(r.demangledPerSecond() > 0 && r.baselinePerSecond() > 0 && r.slowdown() > 0, r.toString());
        assertTrue(r.peakHeapBytes() > 0, r.toString());
        String printed = text.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("symbols/s") && printed.contains("6 distinct (3 Rust)"), printed);
    }
}
