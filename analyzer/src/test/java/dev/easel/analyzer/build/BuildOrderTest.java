package dev.easel.analyzer.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BuildOrderTest {

    @TempDir
    Path tmp;

    private Path crate(String name, String manifestTail) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"" + name + "\"\nversion = \"1.0.0\"\n"
                + manifestTail);
        return dir;
    }

    @Test
    void dependenciesComeFirstOtherwiseTheGivenOrderStays() throws Exception {
        Path app = crate("app", "[dependencies]\nlib-a = \"1\"\n[dev-dependencies]\ntest-only = \"1\"\n");
        Path other = crate("other", "");
        Path libA = crate("lib-a", "[target.'cfg(unix)'.dependencies]\nsys = { version = \"1\", package = \"lib-sys\" }\n");
        Path testOnly = crate("test-only", "[dependencies]\napp = \"1\"\n"); // a dev edge back: no cycle
        Path libSys = crate("lib-sys", "[build-dependencies]\nother = \"1\"\n");
        Path broken = Files.createDirectories(tmp.resolve("no-manifest"));
        assertEquals(List.of(other, libSys, libA, app, testOnly, broken),
                BuildOrder.dependenciesFirst(List.of(app, other, libA, testOnly, libSys, broken)));
    }

    @Test
    void debianCratesInReverse() {
        Path regex = Fixtures.debian("regex-");
        Path aho = Fixtures.debian("aho-corasick-");
        Path memchr = Fixtures.debian("memchr-");
        assumeTrue(regex != null && aho != null && memchr != null, "Debian regex, aho-corasick, memchr");
        Path base = Fixtures.crate("base-lib");
        assertEquals(List.of(memchr, aho, regex, base), BuildOrder.dependenciesFirst(List.of(regex, aho, memchr, base)));
    }
}
