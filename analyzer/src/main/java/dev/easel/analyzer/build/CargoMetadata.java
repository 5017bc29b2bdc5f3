package dev.easel.analyzer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.ResolvedDependency;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of {@code cargo metadata --format-version 1} the build needs: the root package, every package's name,
 * version and links key, and the resolved dependencies reachable from the root's library.
 *
 * @param root     the root package
 * @param packages every package of the resolved graph, by package id
 * @param resolved exact versions used: normal and build dependencies, transitively, each once, with the crate name
 *                 of their library target (symbols spell {@code xml}, the package is {@code xml-rs})
 */
public record CargoMetadata(PackageInfo root, Map<String, PackageInfo> packages, List<ResolvedDependency> resolved) {

    /**
     * One package.
     *
     * @param id        cargo's package id
     * @param name      package name
     * @param version   exact version
     * @param links     the manifest's links key, or null
     * @param libName   the crate name of its library target (hyphens become underscores), or null when it has none
     * @param libKinds  the library target's kinds: lib, rlib, proc-macro, cdylib, ...
     */
    public record PackageInfo(String id, String name, String version, String links, String libName,
                              List<String> libKinds) {
        public boolean hasLibrary() {
            return libName != null;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> LIB_KINDS = List.of("lib", "rlib", "dylib", "cdylib", "staticlib", "proc-macro");

    /** Reads cargo metadata's JSON from a file; the root is the workspace's root package. */
    public static CargoMetadata read(Path json) throws IOException {
        return read(json, null, null);
    }

    /**
     * Reads cargo metadata's JSON from a file, with the root being the non-path package {@code rootName}
     * {@code rootVersion} (a registry package built through a {@link RootWrapper}); resolved dependencies are then
     * its own graph, not the wrapper's. Null name: the workspace's root package.
     */
    public static CargoMetadata read(Path json, String rootName, String rootVersion) throws IOException {
        JsonNode doc = MAPPER.readTree(json.toFile());
        Map<String, PackageInfo> packages = new LinkedHashMap<>();
        String registryRoot = null;
        for (JsonNode p : doc.path("packages")) {
            String libName = null;
            List<String> kinds = List.of();
            for (JsonNode t : p.path("targets")) {
                List<String> k = new ArrayList<>();
                t.path("kind").forEach(n -> k.add(n.asText()));
                if (k.stream().anyMatch(LIB_KINDS::contains)) {
                    libName = t.path("name").asText().replace('-', '_');
                    kinds = List.copyOf(k);
                    break;
                }
            }
            String links = p.path("links").isTextual() ? p.path("links").asText() : null;
            PackageInfo info = new PackageInfo(p.path("id").asText(), p.path("name").asText(),
                    p.path("version").asText(), links, libName, kinds);
            packages.put(info.id(), info);
            if (rootName != null && rootName.equals(info.name()) && info.version().equals(rootVersion)
                    && p.path("source").isTextual()) {
                registryRoot = info.id();
            }
        }
        JsonNode resolve = doc.path("resolve");
        String rootId = rootName != null ? registryRoot
                : resolve.path("root").isTextual() ? resolve.path("root").asText() : null;
        if (rootId == null || !packages.containsKey(rootId)) {
            throw new IOException(json + (rootName != null
                    ? ": cargo metadata holds no registry package " + rootName + " " + rootVersion
                    : ": cargo metadata names no root package (a virtual workspace?)"));
        }
        return new CargoMetadata(packages.get(rootId), packages, reachable(resolve, rootId, packages));
    }

    /**
     * Walks the resolve graph from the root along normal and build edges (dev edges are never followed).
     * Below a build dependency everything is built for the host, so it stays BUILD; a package reached both ways
     * is NORMAL, since it is then linked into the library.
     */
    private static List<ResolvedDependency> reachable(JsonNode resolve, String rootId, Map<String, PackageInfo> packages) {
        Map<String, JsonNode> nodes = new HashMap<>();
        for (JsonNode n : resolve.path("nodes")) {
            nodes.put(n.path("id").asText(), n);
        }
        Map<String, DependencyKind> kinds = new LinkedHashMap<>();
        Deque<Map.Entry<String, DependencyKind>> work = new ArrayDeque<>();
        work.add(Map.entry(rootId, DependencyKind.NORMAL));
        while (!work.isEmpty()) {
            Map.Entry<String, DependencyKind> cur = work.poll();
            JsonNode node = nodes.get(cur.getKey());
            if (node == null) {
                continue;
            }
            for (JsonNode d : node.path("deps")) {
                String id = d.path("pkg").asText();
                DependencyKind kind = null;
                for (JsonNode dk : d.path("dep_kinds")) {
                    String k = dk.path("kind").isTextual() ? dk.path("kind").asText() : "normal";
                    DependencyKind edge = switch (k) {
                        case "build" -> DependencyKind.BUILD;
                        case "dev" -> null;
                        default -> cur.getValue();
                    };
                    if (edge != null && (kind == null || edge == DependencyKind.NORMAL)) {
                        kind = edge;
                    }
                }
                if (kind == null || id.equals(rootId)) {
                    continue;
                }
                DependencyKind seen = kinds.get(id);
                if (seen == null || (seen == DependencyKind.BUILD && kind == DependencyKind.NORMAL)) {
                    kinds.put(id, kind);
                    work.add(Map.entry(id, kind));
                }
            }
        }
        List<ResolvedDependency> out = new ArrayList<>();
        kinds.forEach((id, kind) -> {
            PackageInfo p = packages.get(id);
            if (p != null) {
                out.add(new ResolvedDependency(p.name(), p.version(), kind, p.libName()));
            }
        });
        return out;
    }
}
