package dev.easel.analyzer.provenance;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RepositoryUrlTest {

    private static String canonical(String url) {
        return RepositoryUrl.parse(url).map(RepositoryUrl::canonical).orElse(null);
    }

    @Test
    void theFormsCratesWrite() {
        for (String url : List.of("https://github.com/rust-lang/libc", "https://github.com/rust-lang/libc.git",
                "http://github.com/rust-lang/libc/", "git://github.com/rust-lang/libc.git",
                "ssh://git@github.com/rust-lang/libc.git", "git@github.com:rust-lang/libc.git",
                "https://GitHub.com/rust-lang/libc", "https://github.com/rust-lang/libc/tree/main/libc-test",
                "git+https://github.com/rust-lang/libc#readme")) {
            assertEquals("https://github.com/rust-lang/libc", canonical(url), url);
        }
        assertEquals("https://gitlab.com/group/sub/project", canonical("https://gitlab.com/group/sub/project"));
        assertEquals("https://gitlab.com/group/project", canonical("https://gitlab.com/group/project/-/tree/main"));
    }

    @Test
    void notRepositories() {
        for (String url : List.of("", "https://github.com/", "https://example.org/onlyone", "not a url",
                "ftp://example.org/a/b", "https://example.org/a/../b")) {
            assertEquals(Optional.empty(), RepositoryUrl.parse(url), url);
        }
    }

    @Test
    void mirrorCandidatesFromTheLongestPath() {
        RepositoryUrl u = RepositoryUrl.parse("https://gitlab.com/group/sub/project.git").orElseThrow();
        Path d = Path.of("/m");
        assertEquals(List.of(d.resolve("gitlab.com/group/sub/project"), d.resolve("gitlab.com/group/sub/project.git"),
                d.resolve("gitlab.com/group/sub"), d.resolve("gitlab.com/group/sub.git")), u.candidates(d));
    }
}
