package dev.easel.analyzer.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A crate of the registry is built as the registry package, so a later crate that depends on it reuses its rlib and
 * calls it by the very symbols its own IR defines (packages: librust-memchr-dev, librust-os-str-bytes-dev).
 */
@Tag("cargo")
class RegistryRootTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A v0 crate root with its disambiguator: C s&lt;base62&gt;_ 6memchr. */
    private static final Pattern MEMCHR_ROOT = Pattern.compile("Cs([0-9A-Za-z]*)_6memchr");

    @TempDir
    Path tmp;

    private static Path debian(String nameDash) {
        Path p = Fixtures.debian(nameDash);
        assumeTrue(p != null, "Debian crate " + nameDash + " not installed");
        return p;
    }

    private CrateBuilder builder() {
        BuildOptions o = BuildOptions.builder().registryDir(Fixtures.DEBIAN_REGISTRY).keepArtifacts(true).build();
        return new CrateBuilder(o, tmp.resolve("state"));
    }

    @Test
    void rootIsReusedByALaterDependentWhichCallsItsOwnSymbols() throws Exception {
        Path target = tmp.resolve("target");
        CrateBuilder b = builder();
        BuildResult memchr = b.build(debian("memchr-"), target);
        assertTrue(memchr.ok(), () -> memchr.outcome().toString());
        assertFalse(memchr.outcome().devDependenciesDropped(), "no manifest rewrite for a registry package");
        Set<String> defined = disambiguators(memchr.llFile(), "define ");
        assertEquals(1, defined.size(), "memchr's own crate root in its .ll: " + defined);
        String hash = memchr.llFile().getFileName().toString().replaceAll("^memchr-|\\.ll$", "");
        Path rlib = target.resolve("debug/deps/libmemchr-" + hash + ".rlib");

        memchr.deleteArtifacts();
        assertFalse(Files.exists(memchr.llFile()));
        assertFalse(Files.exists(memchr.mirFile()));
        assertTrue(Files.isRegularFile(rlib), "the rlib stays for dependents: " + rlib);

        BuildResult dependent = b.build(debian("os_str_bytes-"), target);
        assertTrue(dependent.ok(), () -> dependent.outcome().toString());
        assertTrue(dependent.resolved().stream().anyMatch(d -> d.name().equals("memchr")), dependent.resolved().toString());
        // cargo's own word: memchr's library was fresh, not compiled again
        List<JsonNode> memchrLib = artifactMessages(buildLog("os_str_bytes"), "memchr");
        assertEquals(1, memchrLib.size(), "one compiler-artifact message for memchr's library");
        assertTrue(memchrLib.get(0).path("fresh").asBoolean(), memchrLib.get(0).toString());
        assertTrue(memchrLib.get(0).path("filenames").toString().contains("libmemchr-" + hash + ".rlib"),
                memchrLib.get(0).toString());
        // the dependent calls memchr by the disambiguator memchr's own IR defines
        Set<String> called = disambiguators(dependent.llFile(), "declare ");
        assertEquals(defined, called, "disambiguator of memchr in os_str_bytes' declares");
    }

    @Test
    void rootBuiltBeforeAsADependencyIsCompiledAgainForItsIr() throws Exception {
        Path target = tmp.resolve("target");
        CrateBuilder b = builder();
        BuildResult dependent = b.build(debian("os_str_bytes-"), target);
        assertTrue(dependent.ok(), () -> dependent.outcome().toString());
        List<Path> rlibs;
        try (Stream<Path> s = Files.list(target.resolve("debug/deps"))) {
            rlibs = s.filter(p -> p.getFileName().toString().matches("libmemchr-[0-9a-f]+\\.rlib")).toList();
        }
        assertEquals(1, rlibs.size(), rlibs.toString());

        BuildResult memchr = b.build(debian("memchr-"), target);
        assertTrue(memchr.ok(), () -> memchr.outcome().toString());
        String hash = memchr.llFile().getFileName().toString().replaceAll("^memchr-|\\.ll$", "");
        assertEquals("libmemchr-" + hash + ".rlib", rlibs.get(0).getFileName().toString(),
                "the root is the same unit the dependent used");
        assertTrue(Files.size(memchr.llFile()) > 0 && Files.size(memchr.mirFile()) > 0);
        assertEquals(disambiguators(memchr.llFile(), "define "), disambiguators(dependent.llFile(), "declare "));
    }

    @Test
    void editedCopyIsBuiltAsAPathPackageWithOtherSymbols() throws Exception {
        Path memchr = debian("memchr-");
        Path copy = copyTree(memchr, tmp.resolve("memchr-edited"));
        Files.writeString(copy.resolve("Cargo.toml"), Files.readString(copy.resolve("Cargo.toml")) + "\n# edited\n");
        CrateBuilder b = builder();
        BuildResult registry = b.build(memchr, tmp.resolve("target"));
        BuildResult path = b.build(copy, tmp.resolve("target"));
        assertTrue(registry.ok() && path.ok(), () -> registry.outcome() + " / " + path.outcome());
        assertTrue(path.outcome().devDependenciesDropped(), "the path copy's manifest lost memchr's dev-dependencies");
        Set<String> asRegistry = disambiguators(registry.llFile(), "define ");
        Set<String> asPath = disambiguators(path.llFile(), "define ");
        assertEquals(1, asPath.size(), asPath.toString());
        assertFalse(asPath.equals(asRegistry), "a path package has its own crate disambiguator: " + asPath + " " + asRegistry);
    }

    @Test
    void identicalCopyOutsideTheRegistryIsTheRegistryPackage() throws Exception {
        Path memchr = debian("memchr-");
        RegistryPackage direct = RegistryPackage.find(memchr, Fixtures.DEBIAN_REGISTRY).orElseThrow();
        assertEquals("memchr", direct.name());
        assertEquals(memchr.toRealPath(), direct.dir());

        Path copy = copyTree(memchr, tmp.resolve("memchr-copy"));
        Files.delete(copy.resolve(".cargo-checksum.json")); // packaging files do not count
        RegistryPackage same = RegistryPackage.find(copy, Fixtures.DEBIAN_REGISTRY).orElseThrow();
        assertEquals(direct.dir(), same.dir());
        assertEquals(direct.version(), same.version());

        // built as the registry package, with debug info naming the copy
        BuildResult r = builder().build(copy, tmp.resolve("target"));
        assertTrue(r.ok(), () -> r.outcome().toString());
        assertFalse(r.outcome().devDependenciesDropped());
        String ll = Files.readString(r.llFile());
        assertTrue(ll.contains(copy.toString()), "debug info names the copy");
        assertFalse(ll.contains(memchr.toRealPath().toString()), "debug info does not name the registry folder");

        Path lib = copy.resolve("src/lib.rs");
        Files.writeString(lib, Files.readString(lib) + "\n// edited\n");
        assertTrue(RegistryPackage.find(copy, Fixtures.DEBIAN_REGISTRY).isEmpty(), "edited sources: a path package");
        assertTrue(RegistryPackage.find(Fixtures.crate("uses-base"), Fixtures.DEBIAN_REGISTRY).isEmpty());
        assertTrue(RegistryPackage.find(memchr, null).isEmpty(), "no registry, no registry package");
    }

    @Test
    void allFeaturesListsFeaturesAndOptionalDependencies() throws Exception {
        RegistryPackage p = RegistryPackage.find(debian("os_str_bytes-"), Fixtures.DEBIAN_REGISTRY).orElseThrow();
        List<String> all = p.allFeatures();
        assertTrue(all.containsAll(List.of("default", "raw_os_str", "memchr", "print_bytes", "uniquote")), all.toString());
        assertFalse(all.contains("getrandom"), "a dev-dependency is no feature: " + all);
    }

    @Test
    void allFeaturesBuildThroughTheWrapper() {
        BuildOptions o = BuildOptions.builder().registryDir(Fixtures.DEBIAN_REGISTRY).allFeatures(true).build();
        BuildResult r = new CrateBuilder(o, tmp.resolve("state")).build(debian("os_str_bytes-"), tmp.resolve("target"));
        assertTrue(r.ok(), () -> r.outcome().toString());
        // the optional dependencies came in as features
        assertTrue(r.resolved().stream().anyMatch(d -> d.name().equals("uniquote")), r.resolved().toString());
        assertTrue(r.outcome().flags().contains("--all-features"), r.outcome().flags());
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest);
                }
            }
        }
        return to;
    }

    private Path buildLog(String crate) throws IOException {
        try (Stream<Path> s = Files.list(tmp.resolve("state/logs"))) {
            Path dir = s.filter(p -> p.getFileName().toString().startsWith(crate + "-")).findFirst().orElseThrow();
            return dir.resolve("build.json");
        }
    }

    private static List<JsonNode> artifactMessages(Path log, String pkg) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            if (!line.startsWith("{")) {
                continue;
            }
            JsonNode m = JSON.readTree(line);
            if (m.path("reason").asText().equals("compiler-artifact")
                    && m.path("package_id").asText().contains("#" + pkg + "@")
                    && m.path("target").path("kind").toString().contains("lib")) {
                out.add(m);
            }
        }
        return out;
    }

    private static Set<String> disambiguators(Path ll, String linePrefix) throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<String> lines = Files.lines(ll)) {
            lines.filter(l -> l.startsWith(linePrefix)).forEach(l -> {
                Matcher m = MEMCHR_ROOT.matcher(l);
                while (m.find()) {
                    out.add(m.group(1));
                }
            });
        }
        return out;
    }
}
