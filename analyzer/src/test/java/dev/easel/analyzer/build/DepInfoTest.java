package dev.easel.analyzer.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DepInfoTest {

    @TempDir
    Path tmp;

    @Test
    void theFirstRulesSourcesRelativeToCargosFolderWithEscapedSpaces() throws IOException {
        // as rustc wrote it for a workspace member with a #[path] module in a folder with a space
        Path d = tmp.resolve("w-77ba5cbee51c18c7.d");
        Files.writeString(d, """
                /t/debug/deps/w-77ba5cbee51c18c7.d: src/lib.rs src/sp\\ ace/x.rs /out/bindings.rs

                /t/debug/deps/libw-77ba5cbee51c18c7.rlib: src/lib.rs src/sp\\ ace/x.rs /out/bindings.rs

                src/lib.rs:
                src/sp\\ ace/x.rs:
                /out/bindings.rs:

                # env-dep:OUT_DIR=/out
                """);
        Path base = tmp.resolve("copy");
        assertEquals(List.of(base.resolve("src/lib.rs"), base.resolve("src/sp ace/x.rs"), Path.of("/out/bindings.rs")),
                DepInfo.read(d, base));
    }

    @Test
    void emptyAndMalformedFiles() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.d"), "\n# env-dep:X=1\n");
        assertEquals(List.of(), DepInfo.read(empty, tmp));
        Path bad = Files.writeString(tmp.resolve("bad.d"), "no rule here\n");
        assertEquals(bad + ": not a dep-info rule: no rule here",
                assertThrows(IOException.class, () -> DepInfo.read(bad, tmp)).getMessage());
    }
}
