package dev.easel.analyzer.build;

import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.BuildOutcome.FailureClass;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which package's compilation a failed build broke on, so a crate that was never compiled because a dependency failed
 * is not reported as broken itself. Evidence, in order: cargo's JSON messages (rustc's error-level diagnostics carry
 * the package id they belong to), then cargo's human lines {@code failed to run custom build command for `name vX`}
 * and {@code could not compile `name` (lib)}. When the root is among the failing packages, the failure is its own.
 */
final class FailedDependency {

    private static final Pattern BUILD_SCRIPT = Pattern.compile("failed to run custom build command for `([^ `]+) v([^ `]+)`");
    private static final Pattern COMPILE = Pattern.compile("could not compile `([^ `]+)`(?: \\(([^)]*)\\))?");

    /** Failures that belong to the whole run, whatever package was compiling. */
    private static final List<FailureClass> RUN_WIDE = List.of(FailureClass.TIMEOUT, FailureClass.OUT_OF_MEMORY,
            FailureClass.TOOL_MISSING);

    private FailedDependency() {
    }

    /** {@code outcome}, blamed on the dependency that failed when it was one ({@link BuildOutcome#becauseOf}). */
    static BuildOutcome attribute(BuildOutcome outcome, CargoMessages messages, Path stderr, CargoMetadata metadata)
            throws IOException {
        if (outcome.failure() == null || RUN_WIDE.contains(outcome.failure())) {
            return outcome;
        }
        return find(messages, stderr, metadata)
                .map(p -> outcome.becauseOf(p.name() + "@" + p.version()))
                .orElse(outcome);
    }

    /** The failing dependency, or empty when nothing failed or the root itself did. */
    static Optional<CargoMetadata.PackageInfo> find(CargoMessages messages, Path stderr, CargoMetadata metadata)
            throws IOException {
        List<CargoMetadata.PackageInfo> failing = new ArrayList<>();
        for (String id : messages.failedPackages()) {
            CargoMetadata.PackageInfo p = metadata.packages().get(id);
            if (p != null) {
                failing.add(p);
            }
        }
        try (BufferedReader r = Files.newBufferedReader(stderr, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher script = BUILD_SCRIPT.matcher(line);
                if (script.find()) {
                    byName(metadata, script.group(1), script.group(2)).ifPresent(failing::add);
                }
                Matcher compile = COMPILE.matcher(line);
                if (compile.find()) {
                    byName(metadata, compile.group(1), null).ifPresent(failing::add);
                }
            }
        }
        CargoMetadata.PackageInfo root = metadata.root();
        if (failing.isEmpty() || failing.stream().anyMatch(p -> p.id().equals(root.id()))) {
            return Optional.empty();
        }
        return Optional.of(failing.get(0));
    }

    /** The package of that name (and version, when given); a name alone matches the root first. */
    private static Optional<CargoMetadata.PackageInfo> byName(CargoMetadata metadata, String name, String version) {
        if (name.equals(metadata.root().name()) && (version == null || version.equals(metadata.root().version()))) {
            return Optional.of(metadata.root());
        }
        return metadata.packages().values().stream()
                .filter(p -> p.name().equals(name) && (version == null || version.equals(p.version())))
                .findFirst();
    }
}
