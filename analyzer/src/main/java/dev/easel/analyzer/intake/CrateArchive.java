package dev.easel.analyzer.intake;

import dev.easel.analyzer.files.FileTrees;
import dev.easel.analyzer.model.Problem;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Safely extracts one {@code .crate} (a gzip'd tar whose entries all start with {@code name-version/}).
 * Entries that would land outside the target (absolute paths, {@code ..}, links pointing out) and special files are
 * refused one by one, each a Problem; exceeding the {@link ArchiveLimits} or a corrupt stream stops the archive.
 */
public final class CrateArchive {

    private static final Logger LOG = LoggerFactory.getLogger(CrateArchive.class);
    static final Problem.Stage STAGE = Problem.Stage.INTAKE;

    /**
     * @param folder   the extracted crate folder (the archive's top folder), or null when nothing usable was extracted
     * @param problems refused entries and, when {@code complete} is false, why extraction stopped
     * @param complete false when limits or a corrupt stream stopped extraction (the partial folder is deleted)
     */
    public record Extraction(Path folder, List<Problem> problems, boolean complete) {
        public Extraction {
            problems = List.copyOf(problems);
        }
    }

    private CrateArchive() {
    }

    /** Extracts {@code archive} into a new folder {@code into/<archive stem>/}, replacing what an earlier run left there. */
    public static Extraction extract(Path archive, Path into, ArchiveLimits limits) {
        String stem = archive.getFileName().toString().replaceFirst("\\.crate$", "");
        Path dest = into.resolve(stem).toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        try {
            FileTrees.delete(dest);
            Files.createDirectories(dest);
            Path top = unpack(archive, dest, limits, problems);
            if (top == null) {
                problems.add(problem(archive, "archive holds no crate folder"));
                FileTrees.delete(dest);
                return new Extraction(null, problems, false);
            }
            return new Extraction(top, problems, true);
        } catch (LimitExceeded e) {
            problems.add(problem(archive, e.getMessage()));
        } catch (IOException | RuntimeException e) { // corrupt gzip/tar: commons-compress throws IOException or IAE
            problems.add(problem(archive, "cannot extract: " + e.getMessage()));
        }
        try {
            FileTrees.delete(dest);
        } catch (IOException e) {
            LOG.warn("cannot remove partial extraction {}: {}", dest, e.toString());
        }
        return new Extraction(null, problems, false);
    }

    private static Path unpack(Path archive, Path dest, ArchiveLimits limits, List<Problem> problems)
            throws IOException {
        long written = 0;
        int entries = 0;
        String topName = null;
        try (InputStream file = Files.newInputStream(archive);
             TarArchiveInputStream tar = new TarArchiveInputStream(
                     new GzipCompressorInputStream(new BufferedInputStream(file, 64 * 1024)))) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                if (++entries > limits.maxEntries()) {
                    throw new LimitExceeded("more than " + limits.maxEntries() + " entries: extraction stopped");
                }
                String name = e.getName();
                Path target = safeTarget(dest, name);
                if (target == null) {
                    problems.add(problem(archive, "refused entry '" + name + "': absolute or outside the crate folder"));
                    continue;
                }
                if (target.equals(dest)) {
                    continue;
                }
                if (topName == null) {
                    topName = dest.relativize(target).getName(0).toString();
                }
                if (!insideRealDest(dest, target.getParent())) {
                    problems.add(problem(archive, "refused entry '" + name + "': its folder leads outside through a link"));
                    continue;
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else if (e.isSymbolicLink()) {
                    // resolved from the parent's real path: earlier links may already have moved it
                    Files.createDirectories(target.getParent());
                    Path realDest = dest.toRealPath();
                    Path linkTarget = target.getParent().toRealPath().resolve(e.getLinkName()).normalize();
                    if (Path.of(e.getLinkName()).isAbsolute() || !linkTarget.startsWith(realDest)) {
                        problems.add(problem(archive, "refused symlink '" + name + "' -> '" + e.getLinkName()
                                + "': points outside the crate folder"));
                        continue;
                    }
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(e.getLinkName()));
                } else if (e.isLink()) {
                    Path linkTarget = safeTarget(dest, e.getLinkName());
                    if (linkTarget == null || !Files.isRegularFile(linkTarget, LinkOption.NOFOLLOW_LINKS)) {
                        problems.add(problem(archive, "refused hard link '" + name + "' -> '" + e.getLinkName()
                                + "': target outside the crate folder or not extracted"));
                        continue;
                    }
                    written += Files.size(linkTarget);
                    if (written > limits.maxUnpackedBytes()) {
                        throw tooLarge(limits);
                    }
                    Files.createDirectories(target.getParent());
                    Files.copy(linkTarget, target, StandardCopyOption.REPLACE_EXISTING); // a copy: no shared inode
                } else if (e.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target); // never write through an existing link
                    written = copyBounded(tar, target, written, limits);
                } else {
                    problems.add(problem(archive, "refused entry '" + name + "': not a file, folder or link"));
                }
            }
        }
        if (topName == null) {
            return null;
        }
        Path top = dest.resolve(topName);
        return Files.isRegularFile(top.resolve("Cargo.toml")) ? top : null;
    }

    private static long copyBounded(InputStream in, Path target, long written, ArchiveLimits limits)
            throws IOException {
        byte[] buf = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                written += n; // counted as read, whatever the header claims
                if (written > limits.maxUnpackedBytes()) {
                    throw tooLarge(limits);
                }
                out.write(buf, 0, n);
            }
        }
        return written;
    }

    private static LimitExceeded tooLarge(ArchiveLimits limits) {
        return new LimitExceeded("unpacks to more than " + limits.maxUnpackedBytes() + " bytes: extraction stopped");
    }

    /** The entry's path under dest, or null when it is absolute or climbs out. */
    static Path safeTarget(Path dest, String entryName) {
        String n = entryName.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return null;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return null;
            }
        }
        Path p = dest.resolve(n).normalize();
        return p.startsWith(dest) ? p : null;
    }

    /** False when an already extracted symlink makes {@code dir} resolve outside {@code dest}. */
    private static boolean insideRealDest(Path dest, Path dir) throws IOException {
        Path existing = dir;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return false;
        }
        return existing.toRealPath().startsWith(dest.toRealPath());
    }

    private static Problem problem(Path archive, String message) {
        return new Problem(STAGE, archive.toString(), 0, message);
    }


    /** Extraction stopped by {@link ArchiveLimits}. */
    private static final class LimitExceeded extends IOException {
        LimitExceeded(String message) {
            super(message);
        }
    }
}
