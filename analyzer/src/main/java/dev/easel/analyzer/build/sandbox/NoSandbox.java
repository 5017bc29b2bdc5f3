package dev.easel.analyzer.build.sandbox;

import java.nio.file.Path;
import java.util.List;

/** Runs the command as it is. */
public final class NoSandbox implements Sandbox {

    @Override
    public String name() {
        return "none";
    }

    @Override
    public boolean protectsFiles() {
        return false;
    }

    @Override
    public boolean blocksNetwork() {
        return false;
    }

    @Override
    public List<String> wrap(List<String> command, List<Path> writable, List<Path> readable) {
        return List.copyOf(command);
    }
}
