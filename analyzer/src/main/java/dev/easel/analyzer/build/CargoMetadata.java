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
        return ResolveGraph.read(json).workspaceRoot();
    }

    /**
     * Reads cargo metadata's JSON from a file, with the root being the non-path package {@code rootName}
     * {@code rootVersion} (a registry package built through a {@link RootWrapper}); resolved dependencies are then
     * its own graph, not the wrapper's. Null name: the workspace's root package.
     */
    public static CargoMetadata read(Path json, String rootName, String rootVersion) throws IOException {
        ResolveGraph graph = ResolveGraph.read(json);
        return rootName == null ? graph.workspaceRoot() : graph.rootedAt(rootName, rootVersion);
    }

    /**
     * The whole resolved graph of one cargo metadata run, read once and kept compact (a run's shared workspace has
     * one for all its crates), seen from any of its packages with {@link #rootedAt}.
     *
     * @param source        the JSON file it was read from, for messages
     * @param packages      every package by id
     * @param registryIds   "name@version" of every package from a registry (not a path) → its id
     * @param edges         each package's dependency edges
     * @param rootId        the workspace's root package id, or null
     */
    public record ResolveGraph(Path source, Map<String, PackageInfo> packages, Map<String, String> registryIds,
                               Map<String, List<Edge>> edges, String rootId) {

        /** A dependency edge: the package depended on and the kinds of the dependency (normal, build, dev). */
        public record Edge(String pkg, List<String> kinds) {
        }

        public static ResolveGraph read(Path json) throws IOException {
            JsonNode doc = MAPPER.readTree(json.toFile());
            Map<String, PackageInfo> packages = new LinkedHashMap<>();
            Map<String, String> registryIds = new HashMap<>();
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
                if (p.path("source").isTextual()) {
                    registryIds.put(info.name() + "@" + info.version(), info.id());
                }
            }
            JsonNode resolve = doc.path("resolve");
            Map<String, List<Edge>> edges = new HashMap<>();
            for (JsonNode n : resolve.path("nodes")) {
                List<Edge> out = new ArrayList<>();
                for (JsonNode d : n.path("deps")) {
                    List<String> kinds = new ArrayList<>();
                    for (JsonNode dk : d.path("dep_kinds")) {
                        kinds.add(dk.path("kind").isTextual() ? dk.path("kind").asText() : "normal");
                    }
                    out.add(new Edge(d.path("pkg").asText(), List.copyOf(kinds)));
                }
                edges.put(n.path("id").asText(), List.copyOf(out));
            }
            String root = resolve.path("root").isTextual() ? resolve.path("root").asText() : null;
            return new ResolveGraph(json, packages, registryIds, edges, root);
        }

        /** The workspace's root package and what it resolved to. */
        public CargoMetadata workspaceRoot() throws IOException {
            if (rootId == null || !packages.containsKey(rootId)) {
                throw new IOException(source + ": cargo metadata names no root package (a virtual workspace?)");
            }
            return view(rootId);
        }

        /** The registry package {@code name} {@code version} and what it resolved to. */
        public CargoMetadata rootedAt(String name, String version) throws IOException {
            String id = registryIds.get(name + "@" + version);
            if (id == null) {
                throw new IOException(source + ": cargo metadata holds no registry package " + name + " " + version);
            }
            return view(id);
        }

        public boolean contains(String name, String version) {
            return registryIds.containsKey(name + "@" + version);
        }

        private CargoMetadata view(String id) {
            return new CargoMetadata(packages.get(id), packages, reachable(id));
        }

        /**
         * Walks the resolve graph from the root along normal and build edges (dev edges are never followed).
         * Below a build dependency everything is built for the host, so it stays BUILD; a package reached both ways
         * is NORMAL, since it is then linked into the library.
         */
        private List<ResolvedDependency> reachable(String from) {
            Map<String, DependencyKind> kinds = new LinkedHashMap<>();
            Deque<Map.Entry<String, DependencyKind>> work = new ArrayDeque<>();
            work.add(Map.entry(from, DependencyKind.NORMAL));
            while (!work.isEmpty()) {
                Map.Entry<String, DependencyKind> cur = work.poll();
                for (Edge d : edges.getOrDefault(cur.getKey(), List.of())) {
                    DependencyKind kind = null;
                    for (String k : d.kinds()) {
                        DependencyKind edge = switch (k) {
                            case "build" -> DependencyKind.BUILD;
                            case "dev" -> null;
                            default -> cur.getValue();
                        };
                        if (edge != null && (kind == null || edge == DependencyKind.NORMAL)) {
                            kind = edge;
                        }
                    }
                    if (kind == null || d.pkg().equals(from)) {
                        continue;
                    }
                    DependencyKind seen = kinds.get(d.pkg());
                    if (seen == null || (seen == DependencyKind.BUILD && kind == DependencyKind.NORMAL)) {
                        kinds.put(d.pkg(), kind);
                        work.add(Map.entry(d.pkg(), kind));
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
}
