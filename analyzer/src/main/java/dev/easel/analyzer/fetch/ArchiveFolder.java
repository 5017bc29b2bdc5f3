package dev.easel.analyzer.fetch;

import dev.easel.analyzer.intake.Checksums;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The output folder: {@code <name>-<version>.crate} per archive (what intake reads), downloads in progress under
 * hidden {@code .<name>-<version>.crate.<random>.part} names that intake ignores, renamed into place only once
 * verified, and the offline copy of sparse index files under {@code .easel-index/}.
 */
final class ArchiveFolder {

    private final Path dir;

    private ArchiveFolder(Path dir) {
        this.dir = dir;
    }

    /** Opens {@code dir}; with {@code write}, creates it and makes sure a file can be written there. */
    static ArchiveFolder open(Path dir, boolean write) {
        Path d = dir.toAbsolutePath().normalize();
        if (!write) {
            return new ArchiveFolder(d);
        }
        try {
            Files.createDirectories(d);
        } catch (IOException e) {
            throw new FetchException("cannot create the output folder " + d + ": " + describe(e));
        }
        try {
            Files.delete(Files.createTempFile(d, ".easel-write-test", ".part"));
        } catch (IOException e) {
            throw new FetchException("cannot write into the output folder " + d + ": " + describe(e));
        }
        return new ArchiveFolder(d);
    }

    Path file(IndexEntry e) {
        return dir.resolve(e.fileName());
    }

    /** Where sparse index files are kept for {@code --offline}. */
    Path indexCopies() {
        return dir.resolve(".easel-index");
    }

    /** Whether the archive is already here with the index's checksum. */
    boolean holdsValid(IndexEntry e) throws TransferException {
        Path f = file(e);
        if (!Files.isRegularFile(f)) {
            return false;
        }
        try {
            return Checksums.sha256(f).equals(e.cksum());
        } catch (IOException x) {
            throw new TransferException(FailureReason.DISK, "cannot read " + f + ": " + describe(x));
        }
    }

    /** An empty hidden file beside the archive's place, for the download. */
    Path newTemp(IndexEntry e) throws TransferException {
        try {
            return Files.createTempFile(dir, "." + e.fileName() + ".", ".part");
        } catch (IOException x) {
            throw new TransferException(FailureReason.DISK, "cannot create a file in " + dir + ": " + describe(x));
        }
    }

    /** Renames the verified download into place in one step: a reader sees the old archive or the new, never half. */
    Path commit(Path temp, IndexEntry e) throws TransferException {
        Path target = file(e);
        try {
            return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException x) {
            throw new TransferException(FailureReason.DISK, "cannot rename into " + target + ": " + describe(x));
        }
    }

    static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover .part file is hidden, ignored by intake and never taken for an archive
        }
    }

    /** The cause in words: the JDK's file exceptions put only the path in their message. */
    static String describe(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
