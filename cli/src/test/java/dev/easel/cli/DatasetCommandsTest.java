package dev.easel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** easel export --out DIR, then easel load --bulk DIR into another data folder: the same graph; bad input refused. */
class DatasetCommandsTest {

    @Test
    void exportThenLoadBulkGivesTheSameGraphAndRefusesWhatItShould(@TempDir Path tmp) throws IOException {
        String analyses = BulkCommandsTest.analysesFile(tmp).toString();
        Path source = tmp.resolve("source");
        Path copy = tmp.resolve("copy");
        Path dataset = tmp.resolve("dataset");
        assertEquals(0, EaselRun.of("load", analyses, "--data-dir", source.toString()).exitCode());

        EaselRun exported = EaselRun.of("export", "--out", dataset.toString(), "--corpus", "sample and synthetic",
                "--data-dir", source.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        assertEquals(dataset.resolve("manifest.json").toString(), exported.out().strip());
        assertTrue(exported.err().contains("easel: exported "), exported.err());
        assertTrue(Files.readString(dataset.resolve("README.md")).contains("sample and synthetic"));

        EaselRun loaded = EaselRun.of("load", "--bulk", dataset.toString(), "--data-dir", copy.toString());
        assertEquals(0, loaded.exitCode(), loaded.err());
        assertTrue(loaded.err().contains("checksums verified"), loaded.err());
        List<String> expected = BulkCommandsTest.dumpOf(source);
        assertEquals(expected, BulkCommandsTest.dumpOf(copy));

        // the same refusals as load --bulk of analyses
        EaselRun refused = EaselRun.of("load", "--bulk", dataset.toString(), "--data-dir", copy.toString());
        assertEquals(ExitCode.USAGE.code(), refused.exitCode(), refused.err());
        assertTrue(refused.err().contains("add --replace to replace it"), refused.err());
        EaselRun notBulk = EaselRun.of("load", dataset.toString(), "--data-dir", copy.toString());
        assertEquals(ExitCode.USAGE.code(), notBulk.exitCode(), notBulk.err());
        assertTrue(notBulk.err().contains("loads alone and with --bulk"), notBulk.err());

        // a damaged file: refused before the database is touched
        try (OutputStream o = Files.newOutputStream(dataset.resolve("calls.jsonl.gz"), StandardOpenOption.APPEND)) {
            o.write(0);
        }
        Path fresh = tmp.resolve("fresh");
        EaselRun damaged = EaselRun.of("load", "--bulk", dataset.toString(), "--data-dir", fresh.toString());
        assertEquals(ExitCode.USAGE.code(), damaged.exitCode(), damaged.err());
        assertTrue(damaged.err().contains("calls.jsonl.gz has SHA-256"), damaged.err());
        assertEquals(1, damaged.err().strip().lines().filter(l -> l.startsWith("easel:")).count(), damaged.err());
        assertFalse(Files.exists(fresh), "nothing written");
        assertEquals(expected, BulkCommandsTest.dumpOf(copy), "nothing lost");

        // export never writes into a folder of other files
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine");
        EaselRun intoOther = EaselRun.of("export", "--out", other.toString(), "--data-dir", source.toString());
        assertEquals(ExitCode.USAGE.code(), intoOther.exitCode(), intoOther.err());
        try (Stream<Path> files = Files.list(other)) {
            assertEquals(1, files.count());
        }
    }
}
