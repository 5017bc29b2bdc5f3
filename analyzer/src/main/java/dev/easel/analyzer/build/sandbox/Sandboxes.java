package dev.easel.analyzer.build.sandbox;

import dev.easel.analyzer.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Picks the sandbox for a mode by trying what works on this machine (a binary may exist yet be refused
 * by the kernel, e.g. without user namespaces), once per mode per process.
 */
public final class Sandboxes {

    private static final Logger LOG = LoggerFactory.getLogger(Sandboxes.class);
    private static final Map<SandboxMode, Choice> CHOSEN = new ConcurrentHashMap<>();

    /**
     * What a mode resolved to.
     *
     * @param sandbox the sandbox to use, or null when the mode cannot be honoured (bwrap asked, not working)
     * @param problem a warning to record on every outcome built this way (weak or no isolation), or null
     */
    public record Choice(Sandbox sandbox, Problem problem) {
    }

    private Sandboxes() {
    }

    public static Choice choose(SandboxMode mode) {
        return CHOSEN.computeIfAbsent(mode, Sandboxes::probe);
    }

    private static Choice probe(SandboxMode mode) {
        switch (mode) {
            case NONE:
                return new Choice(new NoSandbox(), null);
            case BWRAP: {
                Optional<Sandbox> bwrap = workingBwrap();
                return bwrap.map(s -> new Choice(s, null)).orElseGet(() -> new Choice(null, new Problem(Problem.Stage.BUILD, null, 0,
                        "sandbox mode bwrap asked but bubblewrap does not work here (install Debian package bubblewrap)")));
            }
            default: {
                Optional<Sandbox> bwrap = workingBwrap();
                if (bwrap.isPresent()) {
                    return new Choice(bwrap.get(), null);
                }
                Optional<Sandbox> unshare = workingUnshare();
                if (unshare.isPresent()) {
                    String msg = "bubblewrap unavailable: build scripts run with no network (unshare) but can write the host's files";
                    LOG.warn("{}", msg);
                    return new Choice(unshare.get(), new Problem(Problem.Stage.BUILD, null, 0, msg));
                }
                String msg = "no sandbox available (neither bwrap nor unshare works): build scripts and proc macros run UNISOLATED";
                LOG.warn("{}", msg);
                return new Choice(new NoSandbox(), new Problem(Problem.Stage.BUILD, null, 0, msg));
            }
        }
    }

    private static Optional<Sandbox> workingBwrap() {
        for (String exe : List.of("/usr/bin/bwrap", "/usr/local/bin/bwrap")) {
            if (Files.isExecutable(Path.of(exe))) {
                BwrapSandbox s = new BwrapSandbox(exe);
                if (runs(s.wrap(List.of("true"), List.of(), List.of()))) {
                    return Optional.of(s);
                }
                LOG.warn("{} exists but cannot create a sandbox here (user namespaces disabled?)", exe);
            }
        }
        return Optional.empty();
    }

    private static Optional<Sandbox> workingUnshare() {
        for (List<String> prefix : List.of(List.of("unshare", "--net"), List.of("unshare", "--map-root-user", "--net"))) {
            UnshareNetSandbox s = new UnshareNetSandbox(prefix);
            if (runs(s.wrap(List.of("true"), List.of(), List.of()))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static boolean runs(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
