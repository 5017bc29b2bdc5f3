package dev.easel.analyzer.build.cache;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Finished analyses by {@link CacheKey}: a resumed run re-emits the stored JSON line of a crate already analysed
 * with the same sources, compiler, flags and features instead of building it again. One file per key under an
 * easel-owned folder (default ~/.easel/cache), written atomically so a killed run never leaves half an entry.
 */
public final class AnalysisCache {

    private static final Logger LOG = LoggerFactory.getLogger(AnalysisCache.class);

    private final Path dir;
    private final boolean force;

    /** @param force when true every lookup misses (redo everything) while stores still happen */
    public AnalysisCache(Path dir, boolean force) {
        this.dir = dir.toAbsolutePath().normalize();
        this.force = force;
    }

    public static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".easel", "cache");
    }

    public Path dir() {
        return dir;
    }

    /** The stored JSON line for {@code key}, unless absent, unreadable or forced. */
    public Optional<String> lookup(CacheKey key) {
        if (force) {
            return Optional.empty();
        }
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            String line = Files.readString(f, StandardCharsets.UTF_8).strip();
            return line.isEmpty() ? Optional.empty() : Optional.of(line);
        } catch (IOException e) {
            LOG.warn("{}: unreadable cache entry, ignoring it: {}", f, e.getMessage());
            return Optional.empty();
        }
    }

    /** Stores the analysis line (one JSON object, no newline inside) for {@code key}. */
    public void store(CacheKey key, String jsonLine) throws IOException {
        if (jsonLine.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a cached analysis is one JSON line");
        }
        Path f = file(key);
        Files.createDirectories(f.getParent());
        Path tmp = Files.createTempFile(f.getParent(), f.getFileName().toString(), ".tmp");
        Files.writeString(tmp, jsonLine + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes the entry, if any. */
    public void invalidate(CacheKey key) throws IOException {
        Files.deleteIfExists(file(key));
    }

    private Path file(CacheKey key) {
        String d = key.digest();
        return dir.resolve(d.substring(0, 2)).resolve(d + ".json");
    }
}
