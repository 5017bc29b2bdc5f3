package dev.easel.analyzer.source;

import dev.easel.analyzer.files.FileTrees;
import dev.easel.analyzer.build.CargoHome;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.UnsafeCounters;
import dev.easel.analyzer.model.UnsafeRules;
import dev.easel.analyzer.testdata.DebianRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Builds geiger's syn visitor (test resource source/geiger-oracle, against Debian's syn 1) with cargo, offline,
 * and checks that the token-based counter gives the same five counters, file by file, on real crates.
 */
class GeigerOracleTest {

    @Test
    void sameCountersAsSynFileByFile(@TempDir Path tmp) throws Exception {
        List<Path> crates = List.of(DebianRegistryTest.crate("regex"), DebianRegistryTest.crate("memchr"),
                DebianRegistryTest.crate("serde_json"), DebianRegistryTest.crate("libc"));
        assumeTrue(DebianRegistry.packages().stream().anyMatch(p -> p.getFileName().toString().startsWith("syn-1.")),
                "the oracle builds against syn 1 (Debian package librust-syn-1-dev), absent from " + DebianRegistry.root());
        Path home = CargoHome.offline(tmp.resolve("cargo-home"), DebianRegistry.root());
        Path src = tmp.resolve("oracle");
        FileTrees.copy(Path.of(GeigerOracleTest.class.getResource("/source/geiger-oracle").toURI()), src,
                FileTrees::leftByABuild);
        ProcessBuilder build = new ProcessBuilder("cargo", "build", "--release", "-q").directory(src.toFile())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("build.log").toFile());
        build.environment().put("CARGO_HOME", home.toString());
        build.environment().put("CARGO_TARGET_DIR", tmp.resolve("target").toString());
        Process p = build.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "cargo build timed out");
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("build.log")));

        List<String> cmd = new ArrayList<>(List.of(tmp.resolve("target/release/geiger-oracle").toString()));
        for (Path crate : crates) {
            try (var s = Files.walk(crate)) {
                s.filter(f -> f.toString().endsWith(".rs")).sorted().forEach(f -> cmd.add(f.toString()));
            }
        }
        Process o = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> lines = new String(o.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        o.waitFor();
        int files = 0;
        int exact = 0;
        long oracleExprs = 0;
        long ourExprs = 0;
        List<String> differing = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f[1].equals("ERROR")) {
                continue;
            }
            files++;
            UnsafeTally t = new UnsafeTally();
            List<Problem> problems = new ArrayList<>();
            SourceScanner.countBytes(Files.readAllBytes(Path.of(f[0])), f[0], "", t, problems, UnsafeRules.GEIGER);
            UnsafeCounters u = t.toCounters();
            long[] ours = {u.functions().safe(), u.functions().unsafeCount(), u.exprs().safe(), u.exprs().unsafeCount(),
                    u.itemImpls().safe(), u.itemImpls().unsafeCount(), u.itemTraits().safe(),
                    u.itemTraits().unsafeCount(), u.methods().safe(), u.methods().unsafeCount()};
            boolean same = true;
            for (int i = 0; i < 10; i++) {
                same &= ours[i] == Long.parseLong(f[i + 1]);
            }
            oracleExprs += Long.parseLong(f[3]) + Long.parseLong(f[4]);
            ourExprs += ours[2] + ours[3];
            if (same) {
                exact++;
            } else {
                differing.add(line);
            }
        }
        assertTrue(files > 300, "files compared: " + files);
        assertTrue(exact >= files * 0.99, exact + " of " + files + " exact; differing: " + differing);
        assertTrue(Math.abs(ourExprs - oracleExprs) <= oracleExprs / 1000, ourExprs + " vs " + oracleExprs);
    }

}
