package dev.easel.analyzer.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A crate built from a private work copy with {@code cargo rustc --lib -- --emit=…}. The copy's folder name is unique
 * per build, so the root's package id and hash differ every time: cargo never finds it fresh in a reused target
 * folder and rustc always writes the .ll and .mir anew.
 */
record WorkCopyBuild(WorkCopy copy, Path crate, BuildOptions options) implements BuildMode {

    static WorkCopyBuild create(Path crate, Path dest, BuildOptions options) throws IOException {
        return new WorkCopyBuild(WorkCopy.create(crate, dest), crate, options);
    }

    @Override
    public Path dir() {
        return copy.dir();
    }

    @Override
    public Path sourceDir() {
        return copy.dir();
    }

    @Override
    public List<String> featureArgs() {
        return options.featureArgs();
    }

    @Override
    public CargoMetadata readMetadata(Path json) throws IOException {
        return CargoMetadata.read(json);
    }

    @Override
    public List<String> subcommand(CargoMetadata.PackageInfo root) {
        return List.of("rustc");
    }

    @Override
    public List<String> rustcArgs() {
        // debug info and panic locations name the crate's own folder, not the throwaway copy
        return List.of(BuildOptions.EMIT, "--remap-path-prefix=" + copy.dir() + "=" + crate);
    }

    @Override
    public Map<String, String> env(String libName) {
        return Map.of();
    }

    @Override
    public List<Path> readable() {
        return copy.pathDependencies();
    }

    @Override
    public boolean mayFindRootFresh() {
        return false;
    }

    @Override
    public List<Path> artifacts(CargoMessages messages, Path deps, String libName, String hash) throws IOException {
        List<Path> out = new ArrayList<>(messages.rootArtifacts());
        out.addAll(messages.rootBuildDirs());
        if (hash != null && libName != null && Files.isDirectory(deps)) {
            try (Stream<Path> s = Files.list(deps)) {
                s.filter(p -> {
                    String f = p.getFileName().toString();
                    return f.startsWith(libName + "-" + hash + ".") || f.startsWith("lib" + libName + "-" + hash + ".");
                }).forEach(out::add);
            }
        }
        return out.stream().distinct().toList();
    }

    @Override
    public String description() {
        return "from a work copy";
    }

    @Override
    public boolean devDependenciesDropped() {
        return copy.devDependenciesDropped();
    }

    @Override
    public String problem() {
        return copy.problem();
    }

    @Override
    public void close() {
        copy.close();
    }
}
