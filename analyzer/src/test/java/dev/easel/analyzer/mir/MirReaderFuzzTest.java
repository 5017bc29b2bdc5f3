package dev.easel.analyzer.mir;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.easel.analyzer.fuzzing.ProblemChecks;
import dev.easel.analyzer.fuzzing.Scratch;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link MirReader} (docs/fuzzing.md): whatever the bytes of a {@code .mir}, reading returns a module whose
 * problems name the file and one of its lines, counts the file's lines, and whose functions and calls are well
 * formed. Seeds: rustc's MIR of the fixture crates (cut to a few bodies).
 */
class MirReaderFuzzTest {
    private static final Path MIR = Scratch.dir("mir").resolve("fuzzed.mir");

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void mir(byte[] input) throws IOException {
        Scratch.write(MIR, input);
        MirModule module = MirReader.read(MIR);
        long lines = ProblemChecks.assertEveryLineRead(MIR, input, module.linesRead(), module.linesSkipped(),
                module.problems());
        for (MirFunction f : module.functions()) {
            assertNotNull(f.path());
            assertTrue(f.mirLine() >= 1 && f.mirLine() <= lines, () -> "fn outside the file: " + f);
            for (MirCall c : f.calls()) {
                assertTrue(c.count() > 0, () -> "a call counted " + c.count() + " times: " + c);
                assertNotNull(c.kind());
            }
            for (MirCoercion c : f.coercions()) {
                assertTrue(c.count() > 0 && c.function() != null && c.abi() != null, () -> "bad coercion: " + c);
            }
        }
    }
}
