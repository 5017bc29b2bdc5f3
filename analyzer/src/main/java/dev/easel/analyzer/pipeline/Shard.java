package dev.easel.analyzer.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Map;
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

    /**
     * This task's shard as a batch scheduler states it: a Kubernetes Indexed Job's {@code JOB_COMPLETION_INDEX}
     * (0-based) with {@code EASEL_SHARD_COUNT} (Kubernetes does not pass {@code completions} to the pod, so the manifest
     * sets it), or a Slurm job array's {@code SLURM_ARRAY_TASK_ID} and {@code SLURM_ARRAY_TASK_COUNT} (ids counted from
     * {@code SLURM_ARRAY_TASK_MIN}, so {@code --array=0-7} and {@code --array=1-8} both give shards 1..8).
     *
     * @throws IllegalArgumentException naming the variables when neither scheduler's are set, or they make no shard
     */
    public static Shard fromEnvironment(Map<String, String> env) {
        if (env.containsKey("JOB_COMPLETION_INDEX")) {
            int index = number(env, "JOB_COMPLETION_INDEX");
            if (!env.containsKey("EASEL_SHARD_COUNT")) {
                throw new IllegalArgumentException("--shard auto: JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job)"
                        + " but EASEL_SHARD_COUNT is not: set it to the Job's completions in the pod's env");
            }
            return checked(index + 1, number(env, "EASEL_SHARD_COUNT"), "JOB_COMPLETION_INDEX");
        }
        if (env.containsKey("SLURM_ARRAY_TASK_ID")) {
            int id = number(env, "SLURM_ARRAY_TASK_ID");
            int min = env.containsKey("SLURM_ARRAY_TASK_MIN") ? number(env, "SLURM_ARRAY_TASK_MIN") : 0;
            if (!env.containsKey("SLURM_ARRAY_TASK_COUNT")) {
                throw new IllegalArgumentException("--shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT"
                        + " is not (a Slurm older than 18.08?): pass --shard K/N");
            }
            return checked(id - min + 1, number(env, "SLURM_ARRAY_TASK_COUNT"), "SLURM_ARRAY_TASK_ID");
        }
        throw new IllegalArgumentException("--shard auto: neither JOB_COMPLETION_INDEX (Kubernetes Indexed Job) nor "
                + "SLURM_ARRAY_TASK_ID (Slurm job array) is set: pass --shard K/N");
    }

    private static Shard checked(int index, int count, String source) {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard auto: " + source + " gives shard " + index + " of " + count
                    + ", not one of 1.." + count);
        }
        return new Shard(index, count);
    }

    private static int number(Map<String, String> env, String name) {
        try {
            return Integer.parseInt(env.get(name).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--shard auto: " + name + " is not a number: '" + env.get(name) + "'");
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
