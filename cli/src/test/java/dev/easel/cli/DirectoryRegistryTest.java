package dev.easel.cli;

import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.testdata.DebianRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A directory registry given as the PATH is also where the build resolves from, without --registry-dir. */
@Tag("cargo")
class DirectoryRegistryTest {

    static final Path REGISTRY = DebianRegistry.root();

    @TempDir
    Path tmp;

    @Test
    void packagesOfADirectoryRegistryBuildOfflineFromIt() throws IOException {
        assumeTrue(DebianRegistry.packages().stream().anyMatch(p -> p.getFileName().toString().startsWith("cfg-if-1.")),
                "cfg-if 1 (Debian's librust-cfg-if-dev) is not in " + REGISTRY);
        Path out = tmp.resolve("a.jsonl");
        EaselRun run = EaselRun.of("analyze", REGISTRY.toString(), "--crates", "cfg-if", "--latest-only",
                "--out", out.toString(), "--no-cache", "--work-dir", tmp.resolve("work").toString(), "--no-progress");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("easel: building offline from the directory registry " + REGISTRY
                + " the crates come from (--registry-dir chooses another)"), run.err());
        List<CrateAnalysis> analyses = new ArrayList<>();
        AnalysisJson.read(out, analyses::add, bad -> {
            throw new AssertionError(bad.toString());
        });
        assertEquals(1, analyses.size());
        CrateAnalysis a = analyses.get(0);
        assertTrue(a.build().ok(), a.build().toString());
        assertTrue(a.build().message().contains("as the registry package"), a.build().message());
    }
}
