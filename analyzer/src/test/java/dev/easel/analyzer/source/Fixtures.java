package dev.easel.analyzer.source;

import dev.easel.analyzer.lexer.ModDecl;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.UnsafeCounters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Helpers to count Rust text or test resources. */
final class Fixtures {
    static final Path REPO = locateRepo();

    private Fixtures() {
    }

    record Result(UnsafeCounters counters, List<Problem> problems, List<ModDecl> mods) {
    }

    static Result count(String rust, boolean includeTests) {
        return countBytes(rust.getBytes(StandardCharsets.UTF_8), "test.rs", includeTests);
    }

    static Result countBytes(byte[] bytes, String name, boolean includeTests) {
        UnsafeTally tally = new UnsafeTally();
        List<Problem> problems = new ArrayList<>();
        // today's geiger (syn 2), with or without --include-tests
        List<ModDecl> mods = SourceScanner.countBytes(bytes, name, "", tally, problems,
                new WalkRules(includeTests, false));
        return new Result(tally.toCounters(), problems, mods);
    }

    static Result resource(String name, boolean includeTests) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/source/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return countBytes(in.readAllBytes(), name, includeTests);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UnsafeCounters.Count c(int safe, int unsafeCount) {
        return new UnsafeCounters.Count(safe, unsafeCount);
    }

    private static Path locateRepo() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !p.resolve("testdata/crates").toFile().isDirectory()) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("testdata/crates not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }
}
