package dev.easel.analyzer.pipeline;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardTest {

    @Test
    void everyCrateLandsInExactlyOneShard() {
        Shard[] shards = IntStream.rangeClosed(1, 5).mapToObj(k -> new Shard(k, 5)).toArray(Shard[]::new);
        int[] sizes = new int[5];
        for (int i = 0; i < 1000; i++) {
            String name = "crate" + i;
            int owners = 0;
            for (int k = 0; k < 5; k++) {
                if (shards[k].contains(name, "1.0.0")) {
                    owners++;
                    sizes[k]++;
                }
            }
            assertEquals(1, owners, name);
        }
        for (int size : sizes) {
            // a fair split of 1000 over 5 is 200; CRC32 keeps each shard well within 150..250
            assertEquals(200, size, 50);
        }
    }

    @Test
    void parsesAndRejects() {
        assertEquals(new Shard(3, 8), Shard.parse("3/8"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("0/8"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("9/8"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("three"));
    }

    @Test
    void autoReadsAKubernetesIndexedJobOrASlurmArray() {
        assertEquals(new Shard(1, 3), Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "0",
                "EASEL_SHARD_COUNT", "3")));
        assertEquals(new Shard(3, 3), Shard.fromEnvironment(Map.of("JOB_COMPLETION_INDEX", "2",
                "EASEL_SHARD_COUNT", "3")));
        // --array=1-8 and --array=0-7 give the same shards
        assertEquals(new Shard(1, 8), Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "1",
                "SLURM_ARRAY_TASK_MIN", "1", "SLURM_ARRAY_TASK_COUNT", "8")));
        assertEquals(new Shard(8, 8), Shard.fromEnvironment(Map.of("SLURM_ARRAY_TASK_ID", "7",
                "SLURM_ARRAY_TASK_COUNT", "8")));

        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.fromEnvironment(Map.of()))
                .getMessage().contains("neither JOB_COMPLETION_INDEX"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Shard.fromEnvironment(
                Map.of("JOB_COMPLETION_INDEX", "0"))).getMessage().contains("EASEL_SHARD_COUNT is not"));
        assertEquals("--shard auto: JOB_COMPLETION_INDEX gives shard 4 of 3, not one of 1..3",
                assertThrows(IllegalArgumentException.class, () -> Shard.fromEnvironment(Map.of(
                        "JOB_COMPLETION_INDEX", "3", "EASEL_SHARD_COUNT", "3"))).getMessage());
        assertEquals("--shard auto: SLURM_ARRAY_TASK_COUNT is not a number: 'x'",
                assertThrows(IllegalArgumentException.class, () -> Shard.fromEnvironment(Map.of(
                        "SLURM_ARRAY_TASK_ID", "3", "SLURM_ARRAY_TASK_COUNT", "x"))).getMessage());
    }
}
