package dev.easel.analyzer.build.sandbox;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** util-linux unshare: a new, empty network namespace; files stay exposed. The fallback when bwrap is missing. */
public final class UnshareNetSandbox implements Sandbox {

    private final List<String> prefix;

    /** @param prefix the unshare command with its options, e.g. [unshare, --net] or [unshare, --map-root-user, --net] */
    public UnshareNetSandbox(List<String> prefix) {
        this.prefix = List.copyOf(prefix);
    }

    @Override
    public String name() {
        return "unshare-net";
    }

    @Override
    public boolean protectsFiles() {
        return false;
    }

    @Override
    public boolean blocksNetwork() {
        return true;
    }

    @Override
    public List<String> wrap(List<String> command, List<Path> writable, List<Path> readable) {
        List<String> c = new ArrayList<>(prefix);
        c.add("--");
        c.addAll(command);
        return c;
    }
}
