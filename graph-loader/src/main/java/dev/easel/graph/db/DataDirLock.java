package dev.easel.graph.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code easel.lock} in a data folder: the process holding its lock owns the folder (runs the embedded server on it),
 * and the file says that process's pid. The operating system drops the lock when the process dies, however it dies,
 * so a held lock always means a live owner.
 *
 * <p>On Linux, closing any descriptor of a file drops every lock the process holds on it: the folders this JVM holds
 * are therefore remembered here, and neither probed nor read through the file.
 */
final class DataDirLock implements AutoCloseable {

    static final String FILE = "easel.lock";

    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder for this process and writes its pid, or returns empty when another process has it. */
    static Optional<DataDirLock> tryAcquire(Path home) {
        Path key = key(home);
        if (!HELD_HERE.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        boolean taken = false;
        try {
            channel = FileChannel.open(home.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return Optional.empty();
            }
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(ProcessHandle.current().pid() + "\n"));
            channel.force(false);
            taken = true;
            return Optional.of(new DataDirLock(key, channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock data folder " + home + ": " + e.getMessage(), e);
        } finally {
            if (!taken) {
                closeQuietly(channel);
                HELD_HERE.remove(key);
            }
        }
    }

    /** Whether some process holds the folder's lock, without disturbing it. */
    static boolean isHeld(Path home) {
        if (HELD_HERE.contains(key(home))) {
            return true;
        }
        Path file = home.resolve(FILE);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock probe = channel.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The pid the lock file names, when it names one. */
    static OptionalLong ownerPid(Path home) {
        if (HELD_HERE.contains(key(home))) {
            return OptionalLong.of(ProcessHandle.current().pid());
        }
        try {
            String text = Files.readString(home.resolve(FILE), StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it anyway
        }
        closeQuietly(channel);
        HELD_HERE.remove(key);
    }

    private static Path key(Path home) {
        return home.toAbsolutePath().normalize();
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing left to do with a channel that will not close
        }
    }
}
