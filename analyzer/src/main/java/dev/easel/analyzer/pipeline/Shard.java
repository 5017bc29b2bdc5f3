package dev.easel.analyzer.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Shard {@code index} of {@code count} (1-based, as "K/N" on the command line). A crate's shard depends only on its
 * own name and version, so every machine of a batch job computes the same partition whatever else it was given.
 */
public record Shard(int index, int count) {

    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be K/N with 1 <= K <= N, got " + index + "/" + count);
        }
    }

    /** Parses "K/N". */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("shard must look like K/N (e.g. 3/8), got '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shard must look like K/N (e.g. 3/8), got '" + text + "'");
        }
    }

    public boolean contains(String crateName, String version) {
        if (count == 1) {
            return true;
        }
        CRC32 crc = new CRC32();
        crc.update((crateName + "@" + version).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
