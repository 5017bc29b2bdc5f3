package dev.easel.bench.dump;

import dev.easel.analyzer.index.CollectingSink;
import dev.easel.analyzer.index.DbDumpReader;
import dev.easel.analyzer.index.IndexOwner;
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
        assertEquals(List.of(200L, 800L, 2400L, 0L), List.of(stats.crates(), stats.versions(), stats.dependencies(),
                stats.problems()));
        assertEquals(List.of("crate_owners"), stats.spilled(), "crate_owners.csv comes before users.csv, as crates.io's");
        assertEquals(List.of(), stats.notices());
        // owners: every crate has one to three users, some a team too; users own several crates each
        assertEquals(stats.owners(), s.owners.size());
        Set<String> owned = new HashSet<>();
        s.owners.forEach(o -> owned.add(o.crate()));
        assertEquals(200, owned.size(), "every crate has an owner");
        assertTrue(s.owners.size() > 220 && s.owners.size() < 400, "owners: " + s.owners.size());
        assertTrue(s.owners.stream().anyMatch(o -> o.kind() == IndexOwner.Kind.TEAM));
        assertTrue(s.owners.stream().map(IndexOwner::id).distinct().count() < 200, "users own several crates");
        // downloads: one count per crate, highest at the low (popular) ids
        assertEquals(200, s.crateDownloads.size());
        assertTrue(s.crateDownloads.get(0).downloads() > 100 * s.crateDownloads.get(199).downloads());
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
