package dev.easel.analyzer.build;

import dev.easel.analyzer.files.FileTrees;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A package of the offline registry built as that package through a {@link RootWrapper}: {@code cargo build -p <id>
 * --lib}, with --emit added by the wrapper's RUSTC_WRAPPER, so it has the hash and v0 symbols it has as anyone's
 * dependency. Features go into the wrapper's dependency line, not on the command line; dev-dependencies of a
 * non-member package are never resolved, so no manifest is rewritten.
 */
record RegistryPackageBuild(RootWrapper wrapper, RegistryPackage pkg) implements BuildMode {

    static RegistryPackageBuild create(Path dest, Path stateDir, Path crate, RegistryPackage pkg, BuildOptions options,
                                       long sequence) throws IOException {
        return new RegistryPackageBuild(
                RootWrapper.create(dest, RootWrapper.writeScript(stateDir), crate, pkg, options, sequence), pkg);
    }

    @Override
    public Path dir() {
        return wrapper.dir();
    }

    @Override
    public Path sourceDir() {
        return pkg.dir().toAbsolutePath().normalize();
    }

    @Override
    public CargoMetadata readMetadata(Path json) throws IOException {
        return CargoMetadata.read(json, pkg.name(), pkg.version());
    }

    @Override
    public List<String> subcommand(CargoMetadata.PackageInfo root) {
        return List.of("build", "-p", root.id());
    }

    @Override
    public Map<String, String> env(String libName) {
        return wrapper.env(libName);
    }

    @Override
    public List<Path> readable() {
        return List.of(wrapper.emitScript().getParent()); // under a private /tmp it must be bound back
    }

    @Override
    public boolean mayFindRootFresh() {
        return true;
    }

    /**
     * The root keeps its rlib, rmeta and build-script folders (later crates that depend on it reuse them): only its
     * .ll, .mir and the copies cargo placed beside deps/ for the selected package go.
     */
    @Override
    public List<Path> artifacts(CargoMessages messages, Path deps, String libName, String hash) {
        return rootArtifacts(messages, deps, libName, hash);
    }

    /** A registry root's own files: not its rlib and rmeta, which later crates reuse. */
    static List<Path> rootArtifacts(CargoMessages messages, Path deps, String libName, String hash) {
        List<Path> out = new ArrayList<>();
        messages.rootArtifacts().stream().filter(p -> !deps.equals(p.getParent())).forEach(out::add);
        if (hash != null && libName != null) {
            out.add(deps.resolve(libName + "-" + hash + ".ll"));
            out.add(deps.resolve(libName + "-" + hash + ".mir"));
        }
        return out;
    }

    @Override
    public String description() {
        return "as the registry package";
    }

    @Override
    public boolean devDependenciesDropped() {
        return false;
    }

    @Override
    public String problem() {
        return null;
    }

    @Override
    public void close() {
        FileTrees.deleteUnchecked(wrapper.dir());
    }
}
