package dev.easel.analyzer.provenance;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of one commit of a repository: path to blob, symlinks resolved within the tree (cargo packages what a
 * symlink points to), and the submodules, whose files the commit does not hold.
 */
final class CommitTree {

    private record Entry(ObjectId id, FileMode mode) {
    }

    private final Repository repository;
    private final Map<String, Entry> entries = new HashMap<>();
    private final List<String> submodules = new ArrayList<>();

    private CommitTree(Repository repository) {
        this.repository = repository;
    }

    /**
     * Reads the tree of {@code commit}.
     *
     * @throws org.eclipse.jgit.errors.MissingObjectException when the repository has no such commit
     * @throws org.eclipse.jgit.errors.IncorrectObjectTypeException when the id names no commit
     */
    static CommitTree read(Repository repository, ObjectId commit) throws IOException {
        CommitTree t = new CommitTree(repository);
        try (RevWalk walk = new RevWalk(repository); TreeWalk tw = new TreeWalk(repository)) {
            RevCommit c = walk.parseCommit(commit);
            tw.addTree(c.getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                FileMode mode = tw.getFileMode(0);
                if (mode == FileMode.GITLINK) {
                    t.submodules.add(tw.getPathString());
                } else {
                    t.entries.put(tw.getPathString(), new Entry(tw.getObjectId(0), mode));
                }
            }
        }
        return t;
    }

    /** Every file path of the commit (symlinks included), unordered. */
    Iterable<String> paths() {
        return entries.keySet();
    }

    boolean contains(String path) {
        return entries.containsKey(path);
    }

    /** True when the path lies inside a submodule of the commit. */
    boolean inSubmodule(String path) {
        return submodules.stream().anyMatch(s -> path.startsWith(s + "/"));
    }

    /** The blob a path holds, following symlinks inside the tree (up to 8 hops); null when it leads nowhere. */
    ObjectId blob(String path) throws IOException {
        String p = path;
        for (int hop = 0; hop < 8; hop++) {
            Entry e = entries.get(p);
            if (e == null) {
                return null;
            }
            if (e.mode() != FileMode.SYMLINK) {
                return e.id();
            }
            String target = new String(repository.open(e.id(), Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8);
            Path parent = Path.of(p).getParent();
            Path resolved = (parent == null ? Path.of(target) : parent.resolve(target)).normalize();
            if (resolved.isAbsolute() || resolved.startsWith("..")) {
                return null;
            }
            p = resolved.toString().replace('\\', '/');
        }
        return null;
    }
}
