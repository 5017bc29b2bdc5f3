package dev.easel.analyzer.build.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * bubblewrap: the host read-only, no network, a private /tmp and pid namespace; only the build's own
 * folders are writable. With {@code --unshare-pid} and {@code --die-with-parent}, killing bwrap ends
 * every process of the build (the namespace's init dies, the kernel kills the rest).
 */
public final class BwrapSandbox implements Sandbox {

    private final String executable;

    public BwrapSandbox(String executable) {
        this.executable = executable;
    }

    @Override
    public String name() {
        return "bwrap";
    }

    @Override
    public boolean protectsFiles() {
        return true;
    }

    @Override
    public boolean blocksNetwork() {
        return true;
    }

    @Override
    public List<String> wrap(List<String> command, List<Path> writable, List<Path> readable) {
        List<String> c = new ArrayList<>(List.of(executable,
                "--ro-bind", "/", "/",
                "--dev", "/dev",
                "--proc", "/proc",
                "--tmpfs", "/tmp",
                "--unshare-net",
                "--unshare-pid",
                "--unshare-ipc",
                "--die-with-parent"));
        // binds after --tmpfs /tmp so that folders under /tmp show through the private /tmp
        for (Path p : readable) {
            String s = p.toAbsolutePath().normalize().toString();
            c.addAll(List.of("--ro-bind-try", s, s));
        }
        for (Path p : writable) {
            String s = p.toAbsolutePath().normalize().toString();
            c.addAll(List.of("--bind", s, s));
        }
        c.add("--");
        c.addAll(command);
        return c;
    }
}
