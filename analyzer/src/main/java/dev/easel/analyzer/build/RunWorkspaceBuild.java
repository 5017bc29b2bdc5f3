package dev.easel.analyzer.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A registry package built from the run's shared workspace ({@link RunWorkspace}): {@code cargo build -p
 * name@version --locked}, --emit added by the RUSTC_WRAPPER as for {@link RegistryPackageBuild}, with the features
 * the whole run resolved for it; its metadata comes from the run's graph, so no cargo metadata runs per crate.
 */
record RunWorkspaceBuild(RunWorkspace workspace, RegistryPackage pkg, Map<String, String> rootEnv, Path emitScript)
        implements BuildMode {

    static RunWorkspaceBuild create(RunWorkspace workspace, RegistryPackage pkg, Path crate, Path stateDir)
            throws IOException {
        Path script = RootWrapper.writeScript(stateDir);
        return new RunWorkspaceBuild(workspace, pkg, RootWrapper.rootEnv(script, crate, pkg), script);
    }

    @Override
    public Path dir() {
        return workspace.dir();
    }

    @Override
    public Path sourceDir() {
        return pkg.dir().toAbsolutePath().normalize();
    }

    @Override
    public CargoMetadata readMetadata(Path json) throws IOException {
        return workspace.metadataFor(pkg);
    }

    @Override
    public boolean knowsMetadata() {
        return true;
    }

    @Override
    public List<String> subcommand(CargoMetadata.PackageInfo root) {
        // --locked: the workspace's lock file is shared by every worker and is never rewritten
        return List.of("build", "-p", root.id(), "--locked");
    }

    @Override
    public Map<String, String> env(String libName) {
        return RootWrapper.withCrate(rootEnv, libName);
    }

    @Override
    public List<Path> readable() {
        return List.of(emitScript.getParent());
    }

    @Override
    public boolean mayFindRootFresh() {
        return true;
    }

    @Override
    public List<Path> artifacts(CargoMessages messages, Path deps, String libName, String hash) {
        return RegistryPackageBuild.rootArtifacts(messages, deps, libName, hash);
    }

    @Override
    public String description() {
        return "as the registry package, in the run's shared workspace";
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
        // the workspace is the run's: it outlives this build
    }
}
