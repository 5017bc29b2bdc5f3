package dev.easel.analyzer.build.sandbox;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.build.BuildResult;
import dev.easel.analyzer.build.BuildScriptOutput;
import dev.easel.analyzer.build.CrateBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The sandbox-probe fixture's build script tries a loopback connection and a write outside its target folder. */
@Tag("cargo")
class SandboxTest {

    @TempDir
    Path tmp;

    private static Path probeCrate() {
        for (Path base : new Path[] {Path.of("../testdata/build-crates"), Path.of("testdata/build-crates")}) {
            Path p = base.resolve("sandbox-probe");
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("sandbox-probe fixture not found");
    }

    /** Builds the probe with a listening port and a file to write; returns the probe's warnings and whether the port saw a connection. */
    private Probe probe(SandboxMode mode) throws Exception {
        // outside /tmp (which bwrap replaces by a private one): the module's build folder, on the real root
        Path outside = Files.createDirectories(Path.of("target", "sandbox-probe").toAbsolutePath())
                .resolve("written-" + mode + "-" + System.nanoTime() + ".txt");
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(1000);
            CompletableFuture<Boolean> accepted = CompletableFuture.supplyAsync(() -> {
                for (int i = 0; i < 120; i++) {
                    try (Socket s = server.accept()) {
                        return true;
                    } catch (IOException e) {
                        if (server.isClosed()) {
                            return false;
                        }
                    }
                }
                return false;
            });
            BuildOptions o = BuildOptions.builder().sandbox(mode)
                    .env("EASEL_PROBE_PORT", String.valueOf(server.getLocalPort()))
                    .env("EASEL_PROBE_FILE", outside.toString()).build();
            BuildResult r = new CrateBuilder(o, tmp.resolve("state-" + mode)).build(probeCrate(), tmp.resolve("target-" + mode));
            assertTrue(r.ok(), () -> r.outcome().toString());
            List<String> warnings = r.buildScripts().stream().filter(b -> b.packageName().equals("sandbox-probe"))
                    .findFirst().map(BuildScriptOutput::warnings).orElseThrow();
            server.close();
            boolean connected = accepted.get(10, TimeUnit.SECONDS);
            boolean written = Files.exists(outside);
            Files.deleteIfExists(outside);
            return new Probe(r, warnings, connected, written);
        }
    }

    private record Probe(BuildResult result, List<String> warnings, boolean connected, boolean fileWritten) {
        String warning(String key) {
            return warnings.stream().filter(w -> w.startsWith(key + "=")).findFirst().orElse("(none)");
        }
    }

    @Test
    void bwrapBlocksNetworkAndHostWrites() throws Exception {
        assumeTrue(Sandboxes.choose(SandboxMode.BWRAP).sandbox() != null, "bubblewrap works here");
        Probe p = probe(SandboxMode.BWRAP);
        assertTrue(p.warning("probe-connect").startsWith("probe-connect=blocked"), p.warnings().toString());
        assertTrue(p.warning("probe-write").startsWith("probe-write=blocked"), p.warnings().toString());
        assertFalse(p.connected(), "the listening port saw no connection");
        assertFalse(p.fileWritten(), "no file appeared outside the build's folders");
        assertTrue(p.result().outcome().message().contains("bwrap"), p.result().outcome().message());
    }

    @Test
    void withoutSandboxTheProbeSucceeds() throws Exception {
        Probe p = probe(SandboxMode.NONE);
        assertEquals("probe-connect=ok", p.warning("probe-connect"), p.warnings().toString());
        assertEquals("probe-write=ok", p.warning("probe-write"), p.warnings().toString());
        assertTrue(p.connected());
        assertTrue(p.fileWritten());
    }

    @Test
    void autoPicksBwrapHereAndSaysNothing() {
        assumeTrue(Sandboxes.choose(SandboxMode.BWRAP).sandbox() != null, "bubblewrap works here");
        Sandboxes.Choice c = Sandboxes.choose(SandboxMode.AUTO);
        assertNotNull(c.sandbox());
        assertEquals("bwrap", c.sandbox().name());
        assertNull(c.problem());
    }

    @Test
    void bwrapCommandBindsBuildFoldersAfterThePrivateTmp() {
        List<String> cmd = new BwrapSandbox("/usr/bin/bwrap").wrap(List.of("cargo", "rustc"),
                List.of(Path.of("/tmp/work")), List.of(Path.of("/tmp/registry")));
        int tmpfs = cmd.indexOf("--tmpfs");
        int bind = cmd.indexOf("--bind");
        int roBind = cmd.indexOf("--ro-bind-try");
        assertTrue(tmpfs > 0 && bind > tmpfs && roBind > tmpfs, cmd.toString());
        assertTrue(cmd.contains("--unshare-net"));
        assertEquals(List.of("--", "cargo", "rustc"), cmd.subList(cmd.size() - 3, cmd.size()));
    }
}
