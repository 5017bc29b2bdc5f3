package dev.easel.analyzer.fetch;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A bare git clone of an index (no work tree, as cargo keeps its git index): files are read from the tree of
 * {@code HEAD}, or of {@code refs/remotes/origin/HEAD} when HEAD leads nowhere (cargo's own clones).
 */
record BareGitIndex(Path gitDir, Repository repo, ObjectId tree) implements IndexSource {

    /** Whether {@code dir} looks like a bare repository. */
    static boolean isBareRepository(Path dir) {
        return dir.resolve("HEAD").toFile().isFile() && dir.resolve("objects").toFile().isDirectory()
                && dir.resolve("refs").toFile().isDirectory();
    }

    static BareGitIndex open(Path gitDir) {
        Repository repo = null;
        try {
            repo = new FileRepositoryBuilder().setGitDir(gitDir.toFile()).setMustExist(true).build();
            ObjectId tree = repo.resolve(Constants.HEAD + "^{tree}");
            if (tree == null) {
                tree = repo.resolve("refs/remotes/origin/HEAD^{tree}");
            }
            if (tree == null) {
                throw new FetchException("git index " + gitDir + " has no commit at HEAD or origin/HEAD");
            }
            return new BareGitIndex(gitDir, repo, tree);
        } catch (IOException | RuntimeException e) {
            if (repo != null) {
                repo.close();
            }
            if (e instanceof FetchException f) {
                throw f;
            }
            throw new FetchException("cannot read git index " + gitDir + ": " + e.getMessage());
        }
    }

    @Override
    public String location() {
        return gitDir.toString();
    }

    @Override
    public RegistryConfig config() {
        try {
            byte[] bytes = blob("config.json");
            if (bytes == null) {
                throw new FetchException("no config.json in " + gitDir + " (HEAD): not a cargo registry index");
            }
            return RegistryConfig.parse(bytes, gitDir + ":config.json");
        } catch (IOException e) {
            throw new FetchException("cannot read " + gitDir + ":config.json: " + e.getMessage());
        }
    }

    @Override
    public IndexFile read(String crate) throws TransferException {
        String path = IndexPaths.file(crate);
        try {
            byte[] bytes = blob(path);
            if (bytes == null) {
                throw new TransferException(FailureReason.UNKNOWN_CRATE, "no index file " + path + " in " + gitDir);
            }
            return IndexFile.parse(bytes, crate, gitDir + ":" + path);
        } catch (IOException e) {
            throw new TransferException(FailureReason.INDEX_UNAVAILABLE,
                    "cannot read " + path + " from " + gitDir + ": " + e.getMessage());
        }
    }

    /** The file at {@code path} in the tree, or null when there is none. */
    private byte[] blob(String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repo, path, tree)) {
            return walk == null ? null : repo.open(walk.getObjectId(0), Constants.OBJ_BLOB).getBytes();
        }
    }

    @Override
    public void close() {
        repo.close();
    }
}
