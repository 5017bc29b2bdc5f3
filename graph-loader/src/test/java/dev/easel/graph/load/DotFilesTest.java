package dev.easel.graph.load;

import dev.easel.graph.testdata.SampleAnalyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With a DOT folder set (ingest --keep-artifacts), each crate's pruned call graph is written there. */
class DotFilesTest {

    @Test
    void eachBuiltCrateGetsItsGraphAsDot(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("graphs");
        LoadOptions options = LoadOptions.defaults().withDotDir(dir);
        VersionRows.of(SampleAnalyses.zlibby(), options);
        Path dot = dir.resolve("zlibby@1.0.0.dot");
        String text = Files.readString(dot);
        assertTrue(text.startsWith("digraph \"zlibby@1.0.0\" {"), text);
        assertTrue(text.contains("\"C:deflate\" [shape=diamond"), text);
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void noDotFolderNoFiles(@TempDir Path tmp) {
        VersionRows.of(SampleAnalyses.zlibby(), LoadOptions.defaults());
        assertEquals(0, tmp.toFile().list().length);
    }
}
