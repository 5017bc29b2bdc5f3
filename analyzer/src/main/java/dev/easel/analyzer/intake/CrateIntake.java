package dev.easel.analyzer.intake;

import dev.easel.analyzer.manifest.ManifestReader;
import dev.easel.analyzer.manifest.WorkspaceRoot;
import dev.easel.analyzer.model.CrateSource;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns user-given paths into the crates to analyse. Accepts a crate folder, a workspace (its members), a folder of
 * extracted crates ({@code name-version/}, Painter's layout), a cargo directory registry or {@code cargo vendor} folder
 * (entries with {@code .cargo-checksum.json}), and {@code .crate} archives, singly or a folder of them. A registry,
 * vendor folder or folder of unpacked packages gives one crate per top-level folder: manifests nested inside a package
 * are not crates. Problems are collected, never thrown: one bad path or archive does not stop the run.
 */
public final class CrateIntake {

    private static final Logger LOG = LoggerFactory.getLogger(CrateIntake.class);
    private static final Problem.Stage STAGE = CrateArchive.STAGE;
    /** {@code name-1.2.3[-pre][+build]}: the version starts at the last '-' followed by digit.digit. */
    private static final Pattern NAME_VERSION = Pattern.compile("(.+?)-(\\d+\\.\\d+\\.\\d+(?:[-+].*)?)");

    private final IntakeOptions options;
    private final List<CrateInput> found = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private CrateIntake(IntakeOptions options) {
        this.options = options;
    }

    /** Collects, selects and orders the crates under {@code paths}. */
    public static IntakeResult collect(List<Path> paths, IntakeOptions options) {
        CrateIntake intake = new CrateIntake(options);
        for (Path p : paths) {
            intake.add(p.toAbsolutePath().normalize());
        }
        List<CrateInput> selected = CrateSelection.select(intake.found, options, intake.problems);
        LOG.info("intake: {} crates found, {} selected, {} problems", intake.found.size(), selected.size(),
                intake.problems.size());
        return new IntakeResult(selected, intake.problems);
    }

    private void add(Path path) {
        if (Files.isRegularFile(path) && path.getFileName().toString().equals("Cargo.toml")) {
            add(path.getParent()); // a manifest stands for its folder
        } else if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".crate")) {
            addArchive(path);
        } else if (Files.isDirectory(path)) {
            if (!addCrateOrWorkspace(path, path)) {
                addChildren(path);
            }
        } else if (!Files.exists(path)) {
            problems.add(new Problem(STAGE, path.toString(), 0, "no such file or folder"));
        } else {
            problems.add(new Problem(STAGE, path.toString(), 0, "not a crate: neither a folder nor a .crate archive"));
        }
    }

    /** A folder of crates: each sub-folder that is a crate (or workspace) and each .crate archive. */
    private void addChildren(Path dir) {
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted().toList();
        } catch (IOException e) {
            problems.add(new Problem(STAGE, dir.toString(), 0, "cannot list folder: " + e.getMessage()));
            return;
        }
        int before = found.size();
        int problemsBefore = problems.size();
        for (Path child : children) {
            if (Files.isRegularFile(child) && child.getFileName().toString().endsWith(".crate")) {
                addArchive(child);
            } else if (Files.isDirectory(child)) {
                addCrateOrWorkspace(child, dir);
            }
        }
        if (found.size() == before && problems.size() == problemsBefore) {
            problems.add(new Problem(STAGE, dir.toString(), 0,
                    "not a crate: no Cargo.toml with [package] or [workspace], and no crate or .crate archive inside"));
        }
    }

    /**
     * True when {@code dir} has a Cargo.toml (even a broken one): it is then taken as a crate or workspace. A package
     * (a folder of a registry or vendor folder, or an unpacked {@code .crate}) is one crate: a {@code [workspace]} its
     * manifest kept names folders of its source repository (isahc's {@code benchmarks/}), never crates of their own.
     */
    private boolean addCrateOrWorkspace(Path dir, Path origin) {
        Path cargoToml = dir.resolve("Cargo.toml");
        if (!Files.isRegularFile(cargoToml)) {
            return false;
        }
        boolean registry = Files.isRegularFile(dir.resolve(".cargo-checksum.json"));
        WorkspaceRoot ws = registry || isPackage(dir) ? null : WorkspaceRoot.read(dir);
        if (ws != null) {
            addWorkspace(ws);
            return true;
        }
        CrateSource.Kind kind = registry ? CrateSource.Kind.REGISTRY : CrateSource.Kind.FOLDER;
        addFolder(dir, kind, registry ? origin : dir, null, List.of());
        return true;
    }

    /**
     * A folder {@code cargo package} wrote (Cargo.toml.orig beside the normalized manifest, or .cargo_vcs_info.json),
     * as in Painter's layout of unpacked archives.
     */
    private static boolean isPackage(Path dir) {
        return Files.isRegularFile(dir.resolve("Cargo.toml.orig"))
                || Files.isRegularFile(dir.resolve(".cargo_vcs_info.json"));
    }

    private void addWorkspace(WorkspaceRoot ws) {
        WorkspaceMembers.Members members = WorkspaceMembers.of(ws);
        problems.addAll(members.problems());
        if (ws.hasPackage()) {
            addFolder(ws.dir(), CrateSource.Kind.WORKSPACE_MEMBER, ws.dir(), ws, List.of());
        }
        for (Path member : members.folders()) {
            addFolder(member, CrateSource.Kind.WORKSPACE_MEMBER, ws.dir(), ws, List.of());
        }
        if (!ws.hasPackage() && members.folders().isEmpty()) {
            problems.add(new Problem(STAGE, ws.dir().resolve("Cargo.toml").toString(), 0,
                    "workspace has no members"));
        }
    }

    private void addArchive(Path archive) {
        String stem = archive.getFileName().toString().replaceFirst("\\.crate$", "");
        Matcher m = NAME_VERSION.matcher(stem);
        if (!options.crates().isEmpty() && m.matches() && !options.crates().contains(m.group(1))) {
            return; // not asked for: not worth unpacking
        }
        if (options.workDir() == null) {
            problems.add(new Problem(STAGE, archive.toString(), 0, "no work folder given to extract archives into"));
            return;
        }
        String checksum;
        try {
            checksum = Checksums.sha256(archive);
        } catch (IOException e) {
            problems.add(new Problem(STAGE, archive.toString(), 0, "cannot read archive: " + e.getMessage()));
            return;
        }
        CrateArchive.Extraction x = CrateArchive.extract(archive, options.workDir(), options.limits());
        if (x.folder() == null) {
            problems.addAll(x.problems()); // nothing to analyse: the archive's problems stand alone
            return;
        }
        Manifest manifest = ManifestReader.read(x.folder().resolve("Cargo.toml"), null);
        found.add(input(x.folder(), stem, manifest,
                new CrateSource(CrateSource.Kind.ARCHIVE, x.folder().toString(), archive.toString(), checksum),
                x.problems()));
    }

    private void addFolder(Path dir, CrateSource.Kind kind, Path origin, WorkspaceRoot ws, List<Problem> known) {
        Path cargoToml = dir.resolve("Cargo.toml");
        Manifest manifest = ws != null ? ManifestReader.read(cargoToml, ws) : ManifestReader.read(cargoToml);
        String checksum;
        try {
            checksum = Checksums.folderSha256(dir);
        } catch (IOException e) {
            problems.add(new Problem(STAGE, dir.toString(), 0, "cannot read crate folder: " + e.getMessage()));
            return;
        }
        found.add(input(dir, dir.getFileName().toString(), manifest,
                new CrateSource(kind, dir.toString(), origin.toString(), checksum), known));
    }

    /** Name and version from the manifest; from "name-version" of the folder or archive when the manifest fails. */
    private static CrateInput input(Path folder, String stem, Manifest manifest, CrateSource source,
                                    List<Problem> known) {
        List<Problem> ps = new ArrayList<>(known);
        if (manifest.error() != null) {
            ps.add(manifest.error());
        }
        String name = manifest.name();
        String version = manifest.version();
        if (name == null) {
            Matcher m = NAME_VERSION.matcher(stem);
            name = m.matches() ? m.group(1) : stem;
            version = m.matches() ? m.group(2) : version;
        }
        if (version == null) {
            version = "0.0.0";
        }
        return new CrateInput(name, version, SemVer.tryParse(version), folder, source, manifest, ps);
    }
}
