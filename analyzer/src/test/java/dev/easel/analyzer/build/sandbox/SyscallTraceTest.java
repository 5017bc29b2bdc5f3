package dev.easel.analyzer.build.sandbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A strace log (syscalls.log, lines as strace 6.1 writes them) read back into each build script's activity. */
class SyscallTraceTest {

    @TempDir
    Path tmp;

    @Test
    void scriptProcessesAndWhatTheyDid() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "strace is not installed (Debian package strace)");
        Path log = tmp.resolve("syscalls.log");
        try (InputStream in = getClass().getResourceAsStream("syscalls.log")) {
            Files.copy(in, log);
        }
        List<ScriptActivity> all = SyscallTrace.create(log).activity();
        assertEquals(1, all.size());
        ScriptActivity a = all.get(0);
        assertEquals("my-pkg", a.packageName());
        assertEquals("/work/pkg", a.workingDir());
        assertEquals("/work/target/debug/build/my-pkg-0123456789abcdef/build-script-build", a.executable());
        // cargo's own calls (lines 1-6, 30) are not the script's; the thread (111) is the script; cc (112) is a
        // direct child whose first exec missed; cc1 (113) is a grandchild: its write to /tmp is kept, its read not
        assertEquals(List.of(
                "READ /etc/ld.so.cache script direct null 10",
                "WRITE /work/pkg/src/gen.rs script direct null 12",
                "WRITE /work/target/debug/build/my-pkg-fedcba9876543210/out/bindings.rs script direct null 13",
                "WRITE /root/.cache/my\u00e9pkg script direct EROFS 14",
                "READ /usr/include/zlib.h script direct null 15",
                "CONNECT [2001:db8::1]:443 script direct ENETUNREACH 16",
                "EXEC /root/.cargo/bin/cc child direct ENOENT 21",
                "EXEC /usr/bin/cc child direct null 22",
                "EXEC /usr/lib/gcc/x86_64-linux-gnu/12/cc1 child indirect null 24",
                "WRITE /tmp/ccAbCd.s child indirect null 27",
                "WRITE /work/elsewhere.txt script direct null 28"),
                a.events().stream().map(e -> e.kind() + " " + e.target() + " " + (e.byScript() ? "script" : "child")
                        + " " + (e.direct() ? "direct" : "indirect") + " " + e.error() + " " + e.line()).toList());
        assertEquals("cc", a.events().get(7).program());
    }

    /** strace pads pids to five columns ("6368  execve"): short pids are read as well as long ones. */
    @Test
    void pidsPaddedAsStraceWritesThem() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "strace is not installed (Debian package strace)");
        Path log = tmp.resolve("syscalls.log");
        try (InputStream in = getClass().getResourceAsStream("syscalls.log")) {
            String padded = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("(?m)^(\\d+) ", "$1    ");
            Files.writeString(log, padded);
        }
        List<ScriptActivity> all = SyscallTrace.create(log).activity();
        assertEquals(1, all.size());
        assertEquals(11, all.get(0).events().size());
    }

    @Test
    void theCommandRunsUnderStraceAppendingToTheLog() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "strace is not installed (Debian package strace)");
        SyscallTrace t = SyscallTrace.create(tmp.resolve("x.log"));
        List<String> c = t.wrap(List.of("bwrap", "--", "cargo"));
        assertEquals("/usr/bin/strace", c.get(0));
        assertEquals(List.of("--", "bwrap", "--", "cargo"), c.subList(c.size() - 4, c.size()));
        assertEquals(tmp.resolve("x.log").toString(), c.get(c.indexOf("-o") + 1));
        assertEquals(List.of("x"), SyscallTrace.wrap(null, List.of("x")));
    }
}
