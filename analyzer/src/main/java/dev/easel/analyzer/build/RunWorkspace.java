package dev.easel.analyzer.build;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One throwaway package that depends on every registry package of a run, so that cargo resolves them together:
 * each package then has one feature set for the whole run (cargo's feature unification: the union of what the
 * run's crates ask for), and a crate compiled as one root's dependency is the very unit a later root depends on.
 * Every root is built from here with {@code cargo build -p name@version}; a worker's target folder then compiles
 * each package once. Packages that cannot be resolved together (two {@code links} of the same native library,
 * a dependency the registry lacks) are left out one by one, as cargo names them, and built alone.
 * The whole graph's cargo metadata is read once ({@link CargoMetadata.ResolveGraph}), not once per crate.
 */
public final class RunWorkspace {

    private static final Logger LOG = LoggerFactory.getLogger(RunWorkspace.class);
    /** cargo names the dependency line it could not satisfy: "… which satisfies dependency `p12 = …` of package …". */
    private static final Pattern DEPENDENCY_KEY = Pattern.compile("`(p\\d+) = ");
    private static final Duration RESOLVE_TIMEOUT = Duration.ofMinutes(2);

    private final Path dir;
    private final CargoMetadata.ResolveGraph graph;
    private final List<RegistryPackage> leftOut;

    private RunWorkspace(Path dir, CargoMetadata.ResolveGraph graph, List<RegistryPackage> leftOut) {
        this.dir = dir;
        this.graph = graph;
        this.leftOut = List.copyOf(leftOut);
    }

    /**
     * Writes and resolves the workspace in {@code dir} (which must not exist yet), offline through {@code cargoHome};
     * null when not even a smaller set resolves, or when fewer than two packages remain (nothing to share).
     *
     * @param target the target triple metadata is filtered for (null: {@code host})
     */
    public static RunWorkspace create(Path dir, List<RegistryPackage> packages, BuildOptions options, Path cargoHome,
                                      String target, String host) throws IOException {
        Map<String, RegistryPackage> byKey = new LinkedHashMap<>();
        for (RegistryPackage p : packages) {
            if (byKey.values().stream().noneMatch(q -> q.name().equals(p.name()) && q.version().equals(p.version()))) {
                byKey.put("p" + byKey.size(), p);
            }
        }
        List<RegistryPackage> leftOut = new ArrayList<>();
        Map<String, String> env = Map.of("CARGO_HOME", cargoHome.toString(), "CARGO_TERM_COLOR", "never");
        Files.createDirectories(dir);
        while (byKey.size() >= 2) {
            write(dir, byKey, options);
            ProcessRunner.Result r = ProcessRunner.run(List.of("cargo", "generate-lockfile", "--offline"), dir, env,
                    RESOLVE_TIMEOUT, 0, dir.resolve("resolve.out"), dir.resolve("resolve.log"));
            if (r.ok()) {
                ProcessRunner.Result m = ProcessRunner.run(List.of("cargo", "metadata", "--format-version", "1",
                                "--offline", "--locked", "--filter-platform", target != null ? target : host), dir, env,
                        RESOLVE_TIMEOUT, 0, dir.resolve("metadata.json"), dir.resolve("metadata.log"));
                if (!m.ok()) {
                    LOG.warn("cargo metadata failed on the run's shared workspace {}: crates are built alone", dir);
                    return null;
                }
                LOG.info("{} registry crates of this run resolve together in {}{}", byKey.size(), dir,
                        leftOut.isEmpty() ? "" : "; " + leftOut.size() + " left out, built alone");
                return new RunWorkspace(dir, CargoMetadata.ResolveGraph.read(dir.resolve("metadata.json")), leftOut);
            }
            String log = Files.readString(dir.resolve("resolve.log"), StandardCharsets.UTF_8);
            Matcher m = DEPENDENCY_KEY.matcher(log);
            if (!m.find() || !byKey.containsKey(m.group(1))) {
                LOG.warn("the run's crates do not resolve together and cargo names none of them: built alone ({})",
                        log.lines().filter(l -> l.startsWith("error")).findFirst().orElse("no error line"));
                return null;
            }
            RegistryPackage out = byKey.remove(m.group(1));
            leftOut.add(out);
            LOG.debug("{} {} does not resolve with the run's other crates: built alone", out.name(), out.version());
        }
        return null;
    }

    private static void write(Path dir, Map<String, RegistryPackage> byKey, BuildOptions options) throws IOException {
        StringBuilder deps = new StringBuilder();
        byKey.forEach((key, p) -> deps.append(key).append(" = ").append(RootWrapper.dependency(p, options)).append('\n'));
        RootWrapper.writePackage(dir, "easel-run", "the registry crates of one run, resolved together",
                deps.toString().strip());
    }

    /** The workspace folder, where every root of it is built. */
    public Path dir() {
        return dir;
    }

    /** True when {@code pkg} was resolved here (and so is built here). */
    public boolean contains(RegistryPackage pkg) {
        return graph.contains(pkg.name(), pkg.version());
    }

    /** {@code pkg} and what it resolved to in the run's graph. */
    public CargoMetadata metadataFor(RegistryPackage pkg) throws IOException {
        return graph.rootedAt(pkg.name(), pkg.version());
    }

    /** Packages that did not resolve with the others, in the order cargo named them. */
    public List<RegistryPackage> leftOut() {
        return leftOut;
    }
}
