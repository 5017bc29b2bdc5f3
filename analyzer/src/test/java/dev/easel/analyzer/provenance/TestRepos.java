package dev.easel.analyzer.provenance;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Git repositories and packages the provenance tests make with JGit (never the git program). */
final class TestRepos {

    static final PersonIdent AUTHOR = new PersonIdent("Test Author", "author@example.org",
            Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    private TestRepos() {
    }

    /** A repository with a work tree at {@code dir} holding {@code files}, committed once; returns the commit id. */
    static String commit(Path dir, Map<String, String> files) throws IOException, GitAPIException {
        HostFreeGit.install();
        try (Git git = Files.isDirectory(dir.resolve(".git")) ? Git.open(dir.toFile())
                : Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            write(dir, files);
            git.add().addFilepattern(".").call();
            RevCommit c = git.commit().setMessage("files").setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
            return c.getName();
        }
    }

    /** A bare clone of {@code source} at {@code bare} (a local file copy: no network). */
    static void bareClone(Path source, Path bare) throws GitAPIException {
        HostFreeGit.install();
        Git.cloneRepository().setURI(source.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
    }

    static void write(Path dir, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The .cargo_vcs_info.json cargo writes. */
    static String vcsInfo(String sha, boolean dirty, String pathInVcs) {
        return "{\n  \"git\": {\n    \"sha1\": \"" + sha + "\"" + (dirty ? ",\n    \"dirty\": true" : "")
                + "\n  },\n  \"path_in_vcs\": \"" + pathInVcs + "\"\n}";
    }
}
