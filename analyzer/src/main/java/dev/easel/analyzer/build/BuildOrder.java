package dev.easel.analyzer.build;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders crate folders so that each comes after the crates of the same list it depends on (normal and build
 * dependencies, by package name; dev-dependencies never), otherwise keeping the given order. With registry crates
 * built as registry packages, a dependency built first as a root is then reused by its dependents; built the other
 * way round, it is compiled as a dependency first and once more for its IR, and its rewritten rlib makes the
 * dependents built before stale.
 */
public final class BuildOrder {

    private static final Logger LOG = LoggerFactory.getLogger(BuildOrder.class);
    private static final List<String> DEPENDENCY_TABLES = List.of("dependencies", "build-dependencies");

    private BuildOrder() {
    }

    /** The crates, dependencies first; a crate whose manifest cannot be read keeps its place. */
    public static List<Path> dependenciesFirst(List<Path> crates) {
        List<String> names = new ArrayList<>();
        List<Set<String>> deps = new ArrayList<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < crates.size(); i++) {
            Path manifest = crates.get(i).resolve("Cargo.toml");
            String name = null;
            Set<String> d = new LinkedHashSet<>();
            try {
                TomlParseResult toml = Toml.parse(Files.readString(manifest, StandardCharsets.UTF_8));
                if (!toml.hasErrors()) {
                    name = toml.getString("package.name");
                    dependencyNames(toml, d);
                }
            } catch (IOException e) {
                LOG.debug("{}: cannot read for the build order: {}", manifest, e.getMessage());
            }
            names.add(name);
            deps.add(d);
            if (name != null) {
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(i);
            }
        }
        List<Path> out = new ArrayList<>(crates.size());
        byte[] state = new byte[crates.size()]; // 0 new, 1 being visited, 2 placed
        for (int i = 0; i < crates.size(); i++) {
            place(i, crates, deps, byName, state, out);
        }
        return out;
    }

    /** Places crate i after its dependencies of the list; a cycle (impossible without dev edges) is cut. */
    private static void place(int i, List<Path> crates, List<Set<String>> deps, Map<String, List<Integer>> byName,
                              byte[] state, List<Path> out) {
        if (state[i] != 0) {
            return;
        }
        state[i] = 1;
        for (String dep : deps.get(i)) {
            for (int j : byName.getOrDefault(dep, List.of())) {
                if (j != i) {
                    place(j, crates, deps, byName, state, out);
                }
            }
        }
        state[i] = 2;
        out.add(crates.get(i));
    }

    /** Package names of the normal and build dependencies, also per target; a renamed one by its package key. */
    private static void dependencyNames(TomlTable toml, Set<String> out) {
        List<TomlTable> tables = new ArrayList<>();
        for (String t : DEPENDENCY_TABLES) {
            add(tables, tableOf(toml, t));
        }
        TomlTable target = tableOf(toml, "target");
        if (target != null) {
            for (String platform : target.keySet()) {
                TomlTable p = tableOf(target, platform);
                if (p != null) {
                    for (String t : DEPENDENCY_TABLES) {
                        add(tables, tableOf(p, t));
                    }
                }
            }
        }
        for (TomlTable t : tables) {
            for (String key : t.keySet()) {
                // "name = version" or a table; a table may rename: package = "real-name"
                String pkg = t.get(List.of(key)) instanceof TomlTable spec
                        && spec.get("package") instanceof String real ? real : null;
                out.add(pkg != null ? pkg : key);
            }
        }
    }

    /** The table under the key (one key, dots and all), or null when there is none or it is no table. */
    private static TomlTable tableOf(TomlTable parent, String key) {
        return parent.get(List.of(key)) instanceof TomlTable t ? t : null;
    }

    private static void add(List<TomlTable> tables, TomlTable t) {
        if (t != null) {
            tables.add(t);
        }
    }
}
