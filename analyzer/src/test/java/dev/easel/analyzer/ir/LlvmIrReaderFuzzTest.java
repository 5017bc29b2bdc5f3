package dev.easel.analyzer.ir;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.easel.analyzer.fuzzing.ProblemChecks;
import dev.easel.analyzer.fuzzing.Scratch;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link LlvmIrReader} through {@link IrModule} (docs/fuzzing.md): whatever the bytes of a {@code .ll}, reading
 * returns a module whose problems name the file and one of its lines, counts the file's lines, and whose functions,
 * calls and debug locations are well formed. Seeds: rustc's IR of the fixture crates (cut to a few functions), and
 * the reader's own forms fixture.
 */
class LlvmIrReaderFuzzTest {
    private static final Path LL = Scratch.dir("llvm-ir").resolve("fuzzed.ll");

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void llvmIr(byte[] input) throws IOException {
        Scratch.write(LL, input);
        IrModule module = IrModule.read(LL);
        long lines = ProblemChecks.assertEveryLineRead(LL, input, module.linesRead(), module.linesSkipped(),
                module.problems());
        for (IrFunction f : module.functions()) {
            assertNotNull(f.symbol());
            assertTrue(f.irLine() >= 1 && f.irLine() <= lines, () -> "define outside the file: " + f);
            for (IrCall c : f.calls()) {
                assertTrue(c.count() > 0, () -> "a call counted " + c.count() + " times: " + c);
                assertTrue(c.callee() == null || !LlvmIrReader.isIntrinsic(c.callee()), "intrinsics are no calls");
            }
            module.location(f).ifPresent(l -> assertTrue(l.line() >= 0, () -> "negative source line: " + l));
            module.sourceName(f);
        }
        for (String d : module.declarations()) {
            assertFalse(LlvmIrReader.isIntrinsic(d), "intrinsics are no declarations");
        }
        module.aliases().forEach(a -> assertNotNull(a.aliasee()));
    }
}
