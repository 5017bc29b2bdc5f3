package dev.easel.analyzer.provenance;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Local git repositories laid out by URL under one folder: {@code DIR/host/owner/name} or
 * {@code DIR/host/owner/name.git}, bare or with a work tree (only the object database is read). Each repository is
 * opened once and kept until {@link #close()}.
 */
public final class GitMirrors implements AutoCloseable {

    /** A mirror found for a URL, or why none could be used. */
    public record Lookup(Repository repository, Path dir, String problem) {
    }

    private final Path root;
    private final Map<Path, Lookup> opened = new HashMap<>();

    public GitMirrors(Path root) {
        HostFreeGit.install();
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The first candidate folder of the URL that exists, opened; a problem when none exists or it cannot be read. */
    public Lookup find(RepositoryUrl url) {
        for (Path candidate : url.candidates(root)) {
            if (Files.isDirectory(candidate)) {
                return opened.computeIfAbsent(candidate, GitMirrors::open);
            }
        }
        return new Lookup(null, null, "no mirror of " + url.canonical() + " under " + root + " (looked for "
                + root.relativize(url.candidates(root).get(0)) + "[.git])");
    }

    private static Lookup open(Path dir) {
        File gitDir = RepositoryCache.FileKey.resolve(dir.toFile(), FS.DETECTED);
        if (gitDir == null) {
            return new Lookup(null, dir, "not a git repository (neither bare nor with .git)");
        }
        try {
            Repository repo = new FileRepositoryBuilder().setGitDir(gitDir).setMustExist(true).build();
            repo.getObjectDatabase(); // fails here, not later, on a broken repository
            return new Lookup(repo, dir, null);
        } catch (IOException | RuntimeException e) {
            return new Lookup(null, dir, "cannot open the repository: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        opened.values().forEach(l -> {
            if (l.repository() != null) {
                l.repository().close();
            }
        });
        opened.clear();
    }
}
