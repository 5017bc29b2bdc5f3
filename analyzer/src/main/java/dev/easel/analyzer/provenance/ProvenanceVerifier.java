package dev.easel.analyzer.provenance;

import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.VcsInfo;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Checks published crate versions against the repositories they name, in local mirrors ({@link GitMirrors}): is the
 * recorded commit there, and are the package's files that commit's files under {@code path_in_vcs}? Reads git
 * objects with JGit only: no network, no {@code git} program. A version {@code match}es when no package file differs
 * and none exists only in the package; files only the repository has (left out by {@code include}/{@code exclude})
 * are reported but do not make it differ. Never throws for bad input: an unreadable mirror is a
 * {@code repository-unavailable} result and a {@link Problem} naming the mirror.
 */
public final class ProvenanceVerifier implements AutoCloseable {

    private static final Problem.Stage STAGE = Problem.Stage.PROVENANCE;

    private final GitMirrors mirrors;
    private final Clock clock;

    public ProvenanceVerifier(Path mirrorsDir) {
        this(mirrorsDir, Clock.systemUTC());
    }

    public ProvenanceVerifier(Path mirrorsDir, Clock clock) {
        this.mirrors = new GitMirrors(mirrorsDir);
        this.clock = clock;
    }

    /**
     * @param name       package name
     * @param version    package version
     * @param repository {@code package.repository} from the manifest, or null
     * @param vcs        what {@link VcsInfoReader} read from the crate folder
     * @param crateDir   the package's files
     * @param problems   receives unreadable mirrors and files, naming them
     */
    public ProvenanceCheck verify(String name, String version, String repository, VcsInfo vcs, Path crateDir,
                                  List<Problem> problems) {
        Result r = new Result(name, version, repository, vcs);
        if (repository == null || repository.isBlank()) {
            return r.done(ProvenanceStatus.NO_REPOSITORY, "the manifest names no repository");
        }
        Optional<RepositoryUrl> url = RepositoryUrl.parse(repository);
        if (url.isEmpty()) {
            return r.done(ProvenanceStatus.REPOSITORY_UNAVAILABLE, "not a repository URL easel understands: " + repository);
        }
        r.key = url.get().canonical();
        if (vcs == null || vcs.commit() == null) {
            return r.done(ProvenanceStatus.NO_VCS_INFO, vcs != null && vcs.present()
                    ? VcsInfoReader.VCS_INFO + " has no usable commit" : "no " + VcsInfoReader.VCS_INFO);
        }
        GitMirrors.Lookup mirror = mirrors.find(url.get());
        if (mirror.dir() != null) {
            r.mirror = mirror.dir().toString();
        }
        if (mirror.repository() == null) {
            if (mirror.dir() != null) {
                problems.add(new Problem(STAGE, mirror.dir().toString(), 0, mirror.problem()));
            }
            return r.done(ProvenanceStatus.REPOSITORY_UNAVAILABLE, mirror.problem());
        }
        CommitTree tree;
        try {
            tree = CommitTree.read(mirror.repository(), ObjectId.fromString(vcs.commit()));
        } catch (MissingObjectException e) {
            return r.done(ProvenanceStatus.COMMIT_MISSING, "the mirror has no commit " + vcs.commit());
        } catch (IncorrectObjectTypeException e) {
            return r.done(ProvenanceStatus.COMMIT_MISSING, vcs.commit() + " is not a commit in the mirror");
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(STAGE, mirror.dir().toString(), 0, "cannot read the repository: " + e.getMessage()));
            return r.done(ProvenanceStatus.REPOSITORY_UNAVAILABLE, "cannot read the repository: " + e.getMessage());
        }
        try {
            PackageComparison c = PackageComparison.compare(crateDir, tree, vcs.pathInVcs());
            r.comparison = c;
            boolean same = c.changed().isEmpty() && c.onlyInPackage().isEmpty();
            return r.done(same ? ProvenanceStatus.MATCH : ProvenanceStatus.DIFFERS,
                    vcs.pathInVcs() == null ? "path_in_vcs not recorded: compared with the repository's root" : null);
        } catch (IOException | RuntimeException e) {
            problems.add(new Problem(STAGE, crateDir.toString(), 0, "cannot read the package's files: " + e.getMessage()));
            return r.done(ProvenanceStatus.REPOSITORY_UNAVAILABLE, "cannot compare: " + e.getMessage());
        }
    }

    /** The parts of a check known so far. */
    private final class Result {
        final String name;
        final String version;
        final String repository;
        final VcsInfo vcs;
        String key;
        String mirror;
        PackageComparison comparison;

        Result(String name, String version, String repository, VcsInfo vcs) {
            this.name = name;
            this.version = version;
            this.repository = repository;
            this.vcs = vcs;
        }

        ProvenanceCheck done(ProvenanceStatus status, String message) {
            PackageComparison c = comparison != null ? comparison
                    : new PackageComparison(List.of(), List.of(), List.of(), List.of());
            return new ProvenanceCheck(name, version, repository, key, mirror, vcs == null ? null : vcs.commit(),
                    vcs == null ? null : vcs.pathInVcs(), vcs != null && vcs.dirty(), status, c.changed(),
                    c.onlyInPackage(), c.onlyInRepository(), c.unchecked(), message, Instant.now(clock));
        }
    }

    @Override
    public void close() {
        mirrors.close();
    }
}
