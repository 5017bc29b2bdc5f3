package dev.easel.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merge of docs/scale-out.md: the sample crates analysed as three shards, each by a run of its own, and the three
 * files bulk-loaded together give the graph of one unsharded run, node by node and property by property.
 */
class ShardedBulkLoadTest {

    static final Path SAMPLES = Path.of("../testdata/crates").toAbsolutePath().normalize();

    private static EaselRun analyze(Path tmp, String shard, Path out) {
        return EaselRun.of("analyze", SAMPLES.toString(), "--source-only", "--no-cache", "--shard", shard,
                "--work-dir", tmp.resolve("work-" + shard.replace('/', '-')).toString(), "--out", out.toString());
    }

    @Test
    void threeShardsBulkLoadedEqualOneUnshardedRun(@TempDir Path tmp) throws IOException {
        Path whole = tmp.resolve("whole.jsonl");
        EaselRun one = analyze(tmp, "1/1", whole);
        assertTrue(one.exitCode() <= ExitCode.SOME_FAILED.code(), one.err());
        int crates = Files.readAllLines(whole).size();
        assertEquals(11, crates, one.err()); // the crates of testdata/crates

        List<String> shardFiles = new ArrayList<>();
        int lines = 0;
        for (int k = 1; k <= 3; k++) {
            Path out = tmp.resolve("shard-" + k + ".jsonl");
            EaselRun shard = analyze(tmp, k + "/3", out);
            assertTrue(shard.exitCode() <= ExitCode.SOME_FAILED.code(), shard.err());
            lines += Files.exists(out) ? Files.readAllLines(out).size() : 0;
            if (Files.exists(out)) {
                shardFiles.add(out.toString());
            }
        }
        assertEquals(crates, lines, "every crate in exactly one shard");
        assertTrue(shardFiles.size() >= 2, "the crates are spread over the shards");

        Path unsharded = tmp.resolve("unsharded");
        EaselRun loadOne = EaselRun.of("load", "--bulk", whole.toString(), "--data-dir", unsharded.toString());
        assertEquals(0, loadOne.exitCode(), loadOne.err());
        Path merged = tmp.resolve("merged");
        List<String> args = new ArrayList<>(List.of("load", "--bulk"));
        args.addAll(shardFiles);
        args.addAll(List.of("--data-dir", merged.toString()));
        EaselRun loadShards = EaselRun.of(args.toArray(String[]::new));
        assertEquals(0, loadShards.exitCode(), loadShards.err());

        List<String> expected = BulkCommandsTest.dumpOf(unsharded);
        assertTrue(expected.size() > 7 * 2, "a graph with more than the crates: " + expected.size() + " lines");
        assertEquals(expected, BulkCommandsTest.dumpOf(merged));
    }
}
