package dev.easel.analyzer.build;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one tool process with its output in files, a wall clock limit and an optional address-space limit.
 * The process starts in a session of its own ({@code setsid}), so a timeout kills the whole tree: cargo, rustc,
 * build scripts and whatever they spawned, by process group and then by the descendants Java can still see.
 */
public final class ProcessRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessRunner.class);
    private static final boolean HAS_SETSID = Files.isExecutable(Path.of("/usr/bin/setsid"));
    private static final boolean HAS_PRLIMIT = Files.isExecutable(Path.of("/usr/bin/prlimit"));

    /**
     * What a run came to.
     *
     * @param exitCode       the exit code, or -1 when killed for the timeout
     * @param timedOut       true when the wall clock limit killed it
     * @param durationMillis wall time
     * @param stdout         file holding standard output
     * @param stderr         file holding standard error
     */
    public record Result(int exitCode, boolean timedOut, long durationMillis, Path stdout, Path stderr) {
        public boolean ok() {
            return !timedOut && exitCode == 0;
        }
    }

    private ProcessRunner() {
    }

    /**
     * Runs {@code command} in {@code dir}.
     *
     * @param env              entries set (a null value removes the variable)
     * @param memoryLimitBytes address-space limit for the tree, 0 for none
     * @param stdout           file to receive standard output (overwritten)
     * @param stderr           file to receive standard error (overwritten)
     */
    public static Result run(List<String> command, Path dir, Map<String, String> env, Duration timeout,
                             long memoryLimitBytes, Path stdout, Path stderr) throws IOException {
        List<String> full = new ArrayList<>();
        if (HAS_SETSID) {
            full.add("/usr/bin/setsid");
        }
        if (memoryLimitBytes > 0) {
            if (!HAS_PRLIMIT) {
                throw new IOException("a memory limit was asked but prlimit (util-linux) is not installed");
            }
            full.addAll(List.of("/usr/bin/prlimit", "--as=" + memoryLimitBytes, "--"));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        long start = System.nanoTime();
        Process p = pb.start();
        boolean finished;
        try {
            finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            killTree(p);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
        if (!finished) {
            LOG.warn("{} ran past {} s in {}: killing its process tree", command.get(0), timeout.toSeconds(), dir);
            killTree(p);
            return new Result(-1, true, (System.nanoTime() - start) / 1_000_000, stdout, stderr);
        }
        return new Result(p.exitValue(), false, (System.nanoTime() - start) / 1_000_000, stdout, stderr);
    }

    /** Kills the process, its session's process group and every descendant still visible, then waits for it. */
    static void killTree(Process p) {
        List<ProcessHandle> descendants = p.descendants().toList();
        if (HAS_SETSID) {
            try {
                Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + p.pid())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                kill.waitFor(5, TimeUnit.SECONDS);
            } catch (IOException e) {
                LOG.debug("kill of process group {} failed: {}", p.pid(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // processes that left the group (their own setsid) are still descendants
        descendants.forEach(ProcessHandle::destroyForcibly);
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        try {
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a short query command (rustc -V) and returns its trimmed standard output, or throws. */
    public static String capture(List<String> command, Duration timeout) throws IOException {
        Path out = Files.createTempFile("easel-cmd", ".out");
        Path err = Files.createTempFile("easel-cmd", ".err");
        try {
            Result r = run(command, Path.of(System.getProperty("user.dir")), Map.of(), timeout, 0, out, err);
            if (!r.ok()) {
                throw new IOException(String.join(" ", command) + " failed (exit " + r.exitCode() + "): "
                        + Files.readString(err).trim());
            }
            return Files.readString(out).trim();
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
