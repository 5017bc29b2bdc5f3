package dev.easel.analyzer.intake;

/**
 * Bounds on unpacking one {@code .crate} archive, against decompression bombs. crates.io caps uploads at 10 MiB
 * compressed; the largest real crates unpack to a few hundred MiB, hence the defaults.
 *
 * @param maxUnpackedBytes total bytes written for one archive
 * @param maxEntries       tar entries in one archive
 */
public record ArchiveLimits(long maxUnpackedBytes, int maxEntries) {

    public static final ArchiveLimits DEFAULT = new ArchiveLimits(1L << 30, 100_000);

    public ArchiveLimits {
        if (maxUnpackedBytes <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("archive limits must be positive: " + maxUnpackedBytes + ", " + maxEntries);
        }
    }
}
