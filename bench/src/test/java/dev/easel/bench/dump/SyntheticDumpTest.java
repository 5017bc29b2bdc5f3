package dev.easel.bench.dump;

import dev.easel.analyzer.index.CollectingSink;
import dev.easel.analyzer.index.DbDumpReader;
import dev.easel.analyzer.index.IndexVersion;
import dev.easel.analyzer.index.LatestVersions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SyntheticDumpTest {

    @Test
    void readsBackExactlyWhatWasAskedFor(@TempDir Path tmp) throws IOException {
        Path dump = tmp.resolve("db-dump.tar.gz");
        SyntheticDump.write(dump, 200, 4, 3, 42);
        CollectingSink s = new CollectingSink();
        LatestVersions latest = new LatestVersions();
        DbDumpReader.Stats stats = DbDumpReader.read(dump, s.and(latest), tmp);
        assertEquals(List.of(), s.problems);
        assertEquals(new DbDumpReader.Stats(200, 800, 2400, 0, List.of()), stats);
        Set<String> names = new HashSet<>();
        s.crates.forEach(c -> names.add(c.name()));
        assertEquals(200, names.size(), "unique crate names");
        assertTrue(s.dependencies.stream().allMatch(d -> names.contains(d.toCrate()) && !d.toCrate().equals(d.fromCrate())));
        assertTrue(s.versions.stream().anyMatch(IndexVersion::yanked));
        assertTrue(s.versions.stream().anyMatch(v -> v.semver() != null && v.semver().isPrerelease()));
        assertTrue(s.dependencies.stream().anyMatch(d -> "cfg(target_os = \"windows\")".equals(d.target())));
        assertTrue(s.dependencies.stream().anyMatch(d -> d.features().equals(List.of("std", "derive"))));
        assertTrue(latest.size() > 190);
        // versions of one crate come out in crate order with their own numbers, whatever their shuffled ids
        assertEquals(s.crates.get(0).name(), s.versions.get(0).crate());

        Path again = tmp.resolve("again.tar.gz");
        SyntheticDump.write(again, 200, 4, 3, 42);
        assertArrayEquals(Files.readAllBytes(dump), Files.readAllBytes(again), "same seed, same bytes");
    }
}
