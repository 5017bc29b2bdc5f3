package dev.easel.analyzer.build;

import dev.easel.analyzer.testdata.DebianRegistry;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ManifestRewriterTest {

    @Test
    void dropsEveryDevDependencyFormAndKeepsTheRest() throws Exception {
        Path crate = Fixtures.crate("build-dev-deps");
        String text = Files.readString(crate.resolve("Cargo.toml"));
        ManifestRewriter.Rewrite r = ManifestRewriter.rewrite(text, crate);
        assertNull(r.problem());
        assertTrue(r.devDependenciesDropped());
        TomlParseResult toml = Toml.parse(r.text());
        assertFalse(toml.hasErrors(), toml.errors().toString());
        assertFalse(toml.contains("dev-dependencies"));
        assertFalse(toml.contains(List.of("target", "cfg(unix)", "dev-dependencies")));
        assertFalse(toml.contains(List.of("target", "cfg(any(unix, windows))", "dev-dependencies")));
        assertEquals("1", toml.getString(List.of("dependencies", "cfg-if")));
        assertTrue(toml.contains(List.of("features", "default")));
        // the multi-line description mentioning [dev-dependencies] survives intact
        assertTrue(toml.getString("package.description").contains("[dev-dependencies] in a multi-line string"));
        assertTrue(toml.contains("workspace"), "the copy is its own workspace root");
    }

    @Test
    void relativePathDependenciesBecomeAbsolute() throws Exception {
        Path crate = Fixtures.crate("uses-base");
        ManifestRewriter.Rewrite r = ManifestRewriter.rewrite(Files.readString(crate.resolve("Cargo.toml")), crate);
        Path base = Fixtures.crate("base-lib");
        assertEquals(List.of(base), r.pathDependencies());
        TomlParseResult toml = Toml.parse(r.text());
        assertEquals(base.toString(), toml.getString(List.of("dependencies", "base-lib", "path")));
        assertEquals("0.3", toml.getString(List.of("dependencies", "base-lib", "version")));
        assertFalse(r.devDependenciesDropped());
    }

    @Test
    void tableFormPathsCommentsAndLibPath() {
        String text = """
                [package]
                name = "x"
                version = "1.0.0"
                workspace = "../.."

                [lib]
                path = "src/x.rs"

                [dependencies.y]
                path = '../y' # a comment with path = "z"
                version = "1"

                [build-dependencies]
                z = { version = "1", path = "../z" }
                w.path = "../w"

                [workspace]
                members = []
                """;
        ManifestRewriter.Rewrite r = ManifestRewriter.rewrite(text, Path.of("/src/crates/x"));
        TomlParseResult toml = Toml.parse(r.text());
        assertFalse(toml.hasErrors(), toml.errors().toString());
        assertEquals("src/x.rs", toml.getString("lib.path"), "the lib path stays relative: the copy has the file");
        assertEquals("/src/crates/y", toml.getString(List.of("dependencies", "y", "path")));
        assertEquals("/src/crates/z", toml.getString(List.of("build-dependencies", "z", "path")));
        assertEquals("/src/crates/w", toml.getString(List.of("build-dependencies", "w", "path")));
        assertFalse(toml.contains("package.workspace"));
        assertTrue(r.text().contains("# a comment with path = \"z\""));
        assertEquals(1, r.text().split("\\[workspace]", -1).length - 1, "no second [workspace]");
    }

    @Test
    void headerKeysWithQuotedDots() {
        assertEquals(List.of("target", "cfg(target_os = \"linux\")", "dev-dependencies", "foo"),
                ManifestRewriter.headerKeys("[target.'cfg(target_os = \"linux\")'.dev-dependencies.foo]"));
        assertEquals(List.of("bin"), ManifestRewriter.headerKeys("[[bin]]"));
    }

    @Test
    void commentedOutTablesAreComments() {
        // cpp_syn 0.12.0's manifest (abridged): its dev-dependencies and a feature are commented out
        String text = """
                [package]
                name = "cpp_syn"
                version = "0.12.0"
                #[dependencies.clippy]
                #version = "0.*"

                [dependencies.unicode-xid]
                version = "0.2"
                optional = true
                #[dev-dependencies.syntex_pos]
                #version = "0.52"

                #[dev-dependencies.walkdir]
                #version = "1.0.1"

                [features]
                default = ["parsing"]
                #, "printing"]
                parsing = ["unicode-xid"]
                """;
        ManifestRewriter.Rewrite r = ManifestRewriter.rewrite(text, Path.of("/src/cpp_syn"));
        assertNull(r.problem());
        assertFalse(r.devDependenciesDropped(), "no dev-dependency table: nothing dropped");
        assertEquals(text + "\n# added by easel: the work copy is its own workspace\n[workspace]\n", r.text(),
                "byte for byte, comments kept");
        TomlParseResult toml = Toml.parse(r.text());
        assertFalse(toml.hasErrors(), toml.errors().toString());
        assertEquals("0.2", toml.getString(List.of("dependencies", "unicode-xid", "version")));
        assertEquals(List.of("parsing"), toml.getArray(List.of("features", "default")).toList());
    }

    @Test
    void everyDebianManifestStaysValidToml() throws Exception {
        List<Path> packages = DebianRegistry.packages();
        org.junit.jupiter.api.Assumptions.assumeTrue(!packages.isEmpty(), "no registry at " + DebianRegistry.root());
        for (Path crate : packages) {
            String text = Files.readString(crate.resolve("Cargo.toml"));
            ManifestRewriter.Rewrite r = ManifestRewriter.rewrite(text, crate);
            assertNull(r.problem(), crate + ": " + r.problem());
            TomlParseResult toml = Toml.parse(r.text());
            assertFalse(toml.hasErrors(), crate + ": " + toml.errors());
            TomlParseResult original = Toml.parse(text);
            assertEquals(original.getString("package.name"), toml.getString("package.name"));
            // a dev-dependency table, not the words in a comment (cpp_syn 0.12.0 comments its tables out)
            assertEquals(hasDevDependencies(original), r.devDependenciesDropped(), crate.toString());
            assertFalse(hasDevDependencies(toml), crate.toString());
        }
        assertTrue(packages.size() > 10, "checked " + packages.size());
    }

    private static boolean hasDevDependencies(TomlParseResult toml) {
        for (String key : List.of("dev-dependencies", "dev_dependencies")) {
            if (toml.contains(List.of(key))) {
                return true;
            }
            TomlTable target = toml.getTable("target");
            if (target != null && target.keySet().stream().anyMatch(t -> target.contains(List.of(t, key)))) {
                return true;
            }
        }
        return false;
    }
}
