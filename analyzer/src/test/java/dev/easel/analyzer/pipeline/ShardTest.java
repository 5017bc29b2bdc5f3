package dev.easel.analyzer.pipeline;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
