package dev.easel.analyzer.intake;

import dev.easel.analyzer.manifest.WorkspaceRoot;
import dev.easel.analyzer.model.Problem;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Expands a workspace's {@code members} globs, minus {@code exclude}, into member folders, as cargo does. */
final class WorkspaceMembers {

    record Members(List<Path> folders, List<Problem> problems) {
    }

    private WorkspaceMembers() {
    }

    static Members of(WorkspaceRoot ws) {
        Path root = ws.dir().toAbsolutePath().normalize();
        TreeSet<Path> folders = new TreeSet<>();
        List<Problem> problems = new ArrayList<>();
        for (String pattern : ws.members()) {
            String p = trimSlashes(pattern);
            if (!hasGlob(p)) {
                Path dir = root.resolve(p).normalize();
                if (Files.isRegularFile(dir.resolve("Cargo.toml"))) {
                    folders.add(dir);
                } else {
                    problems.add(new Problem(Problem.Stage.INTAKE, root.resolve("Cargo.toml").toString(), 0,
                            "workspace member '" + pattern + "' has no Cargo.toml"));
                }
                continue;
            }
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + p);
            int depth = p.contains("**") ? Integer.MAX_VALUE : p.split("/").length;
            try (Stream<Path> walk = Files.walk(root, depth)) {
                walk.filter(d -> !d.equals(root) && Files.isDirectory(d))
                        .filter(d -> matcher.matches(root.relativize(d)))
                        .filter(d -> Files.isRegularFile(d.resolve("Cargo.toml"))) // cargo skips glob hits without one
                        .forEach(folders::add);
            } catch (IOException e) {
                problems.add(new Problem(Problem.Stage.INTAKE, root.toString(), 0,
                        "cannot expand workspace members '" + pattern + "': " + e.getMessage()));
            }
        }
        folders.removeIf(d -> excluded(root, d, ws.exclude()));
        folders.remove(root); // the root package is added on its own
        return new Members(List.copyOf(folders), problems);
    }

    /** cargo's exclude: a member is excluded when it lies at or under an excluded path (globs also accepted). */
    private static boolean excluded(Path root, Path dir, List<String> exclude) {
        Path rel = root.relativize(dir);
        for (String e : exclude) {
            String x = trimSlashes(e);
            if (hasGlob(x)) {
                if (FileSystems.getDefault().getPathMatcher("glob:" + x).matches(rel)) {
                    return true;
                }
            } else if (dir.startsWith(root.resolve(x).normalize())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasGlob(String p) {
        return p.contains("*") || p.contains("?") || p.contains("[");
    }

    private static String trimSlashes(String p) {
        String s = p.replace('\\', '/');
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
