package dev.easel.analyzer.provenance;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A package's files against a commit's tree under {@code path_in_vcs}, byte for byte (the blob id of the file's
 * bytes against the tree's: cargo packages files as they are, so no line endings are normalised). What cargo writes
 * when packaging is left out: {@code .cargo_vcs_info.json}, {@code .cargo-checksum.json}, {@code Cargo.lock} (cargo
 * may add or regenerate it), {@code .cargo-ok}; the normalised {@code Cargo.toml} is compared through
 * {@code Cargo.toml.orig}, itself not a file of the repository.
 *
 * @param changed          package files with other bytes than the repository's
 * @param onlyInPackage    package files the commit does not have
 * @param onlyInRepository files of the commit under the package's folder that the package does not hold
 * @param unchecked        package files not compared: inside a submodule, or Cargo.toml without Cargo.toml.orig
 */
record PackageComparison(List<String> changed, List<String> onlyInPackage, List<String> onlyInRepository,
                         List<String> unchecked) {

    /** Files cargo writes into a package (or a registry writes beside it): never the author's. */
    static final Set<String> PACKAGING_FILES = Set.of(".cargo_vcs_info.json", ".cargo-checksum.json", "Cargo.lock",
            ".cargo-ok", "Cargo.toml.orig");

    static PackageComparison compare(Path crateDir, CommitTree tree, String pathInVcs) throws IOException {
        String prefix = pathInVcs == null || pathInVcs.isEmpty() ? "" : pathInVcs.replaceAll("/+$", "") + "/";
        List<String> changed = new ArrayList<>();
        List<String> onlyInPackage = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
        for (String rel : packageFiles(crateDir).keySet()) {
            String repoPath = prefix + rel;
            seen.add(repoPath);
            Path file = crateDir.resolve(rel);
            if (rel.equals("Cargo.toml")) {
                Path orig = crateDir.resolve(VcsInfoReader.CARGO_TOML_ORIG);
                if (!Files.isRegularFile(orig)) {
                    unchecked.add(rel);
                    continue;
                }
                file = orig;
            }
            if (tree.inSubmodule(repoPath)) {
                unchecked.add(rel);
                continue;
            }
            ObjectId expected = tree.blob(repoPath);
            if (expected == null) {
                onlyInPackage.add(rel);
            } else if (!expected.equals(hasher.idFor(Constants.OBJ_BLOB, Files.readAllBytes(file)))) {
                changed.add(rel);
            }
        }
        List<String> onlyInRepository = new ArrayList<>();
        for (String p : tree.paths()) {
            if (p.startsWith(prefix) && !seen.contains(p) && !PACKAGING_FILES.contains(p.substring(prefix.length()))) {
                onlyInRepository.add(p.substring(prefix.length()));
            }
        }
        onlyInRepository.sort(null);
        return new PackageComparison(changed, onlyInPackage, onlyInRepository, unchecked);
    }

    /** The package's files by path relative to the crate folder (sorted), packaging files left out. */
    static TreeMap<String, Path> packageFiles(Path crateDir) throws IOException {
        TreeMap<String, Path> out = new TreeMap<>();
        Files.walkFileTree(crateDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String rel = crateDir.relativize(file).toString().replace('\\', '/');
                if (attrs.isRegularFile() && !PACKAGING_FILES.contains(rel)) {
                    out.put(rel, file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }
}
