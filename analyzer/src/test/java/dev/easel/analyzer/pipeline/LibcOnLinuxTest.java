package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.build.CargoHome;
import dev.easel.analyzer.build.TargetCfg;
import dev.easel.analyzer.foreign.ForeignInterfaceScanner;
import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.intake.CrateIntake;
import dev.easel.analyzer.intake.IntakeOptions;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.ForeignInterface;
import dev.easel.analyzer.model.LinkedLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's libc (package librust-libc-dev) on Linux: it declares {@code #[link]}s for FreeBSD, Solaris, illumos,
 * Haiku… that a Linux build never compiles. What easel says it links must be what rustc links: the libraries of
 * {@code cargo rustc -- --print link-args} for a binary using it, run here.
 */
@Tag("cargo")
class LibcOnLinuxTest {

    static final Path REGISTRY = Path.of("/usr/share/cargo/registry");
    /** The libraries the issue found "linked" by libc on Linux, from its other platforms' modules. */
    static final Set<String> OTHER_PLATFORMS = Set.of("bsd", "devstat", "execinfo", "kvm", "lgrp", "memstat",
            "procstat", "sendfile", "socket", "root", "network", "fdio", "zircon", "msvcrt", "legacy_stdio_definitions");

    @TempDir
    static Path tmp;
    static Path libc;
    static CrateAnalysis built;
    static Set<String> linkArgs;

    @BeforeAll
    static void buildLibcAndABinaryUsingIt() throws Exception {
        libc = latest("libc-");
        assumeTrue(libc != null, "Debian's libc is not installed in " + REGISTRY + " (librust-libc-dev)");
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "not on Linux");
        List<CrateInput> inputs = CrateIntake.collect(List.of(libc), IntakeOptions.all(tmp.resolve("intake")))
                .crates();
        AnalysisOptions options = new AnalysisOptions(false, false,
                BuildOptions.builder().registryDir(REGISTRY).build(), tmp.resolve("build"), null, false, Shard.ALL);
        List<CrateAnalysis> out = new ArrayList<>();
        try (AnalysisRun run = new AnalysisRun(options)) {
            run.run(inputs, (input, analysis, fromCache) -> out.add(analysis));
        }
        built = out.get(0);
        linkArgs = linkArgsOfABinaryUsing(built.version());
    }

    @Test
    void theBuildCompiledOnlyLinuxCodeAndLinksNothingOfOtherPlatforms() {
        assertTrue(built.build().ok(), built.build().message());
        ForeignInterface fi = built.foreignInterface();
        assertEquals(ForeignInterface.Basis.COMPILED, fi.basis());
        Set<String> linked = built.linkedLibraries().stream().map(LinkedLibrary::name).collect(Collectors.toSet());
        assertTrue(linked.stream().noneMatch(OTHER_PLATFORMS::contains), linked.toString());
        assertTrue(linkArgs.containsAll(linked), linked + " not all in " + linkArgs);
        // thousands of declarations still: the Linux ones
        assertTrue(fi.declarations().stream().anyMatch(d -> d.name().equals("clock_gettime")));
        assertTrue(fi.declarations().stream().noneMatch(d -> d.name().equals("kvm_open")), "a FreeBSD function");
        assertTrue(fi.declarations().stream().allMatch(d -> !d.file().contains("/bsd/")
                && !d.file().contains("/solarish/") && !d.file().contains("/haiku/")), "files of other platforms");
    }

    @Test
    void theLinuxLibrariesItNamesFromSourceAreTheOnesRustcLinks() throws Exception {
        // with std (the default) libc leaves linking to std; without it, libc names c, m, rt and pthread itself;
        // built as std's own dependency (rustc-dep-of-std) it names what std's binaries link, but for gcc_s, which
        // std's unwind crate names
        assertEquals(Set.of(), inferred("std"));
        Set<String> noStd = inferred();
        assertEquals(Set.of("c", "m", "rt", "pthread"), noStd);
        assertTrue(linkArgs.containsAll(noStd), noStd + " not all in " + linkArgs);
        Set<String> asStdsDependency = inferred("rustc-dep-of-std");
        Set<String> rest = new TreeSet<>(linkArgs);
        rest.removeAll(asStdsDependency);
        assertEquals(Set.of("gcc_s"), rest, "link-args " + linkArgs + ", libc for std " + asStdsDependency);
    }

    private static Set<String> inferred(String... features) throws IOException {
        TargetCfg host = TargetCfg.of(null);
        ForeignInterface fi = ForeignInterfaceScanner.fromSource(libc, "src/lib.rs",
                host.cfg().withFeatures(List.of(features)), host.target(), new ArrayList<>());
        Set<String> out = fi.links().stream().map(ForeignInterface.LinkAttribute::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(out.stream().noneMatch(OTHER_PLATFORMS::contains), out.toString());
        return out;
    }

    /** The {@code -l} libraries of {@code cargo rustc -- --print link-args} for a binary calling libc. */
    private static Set<String> linkArgsOfABinaryUsing(String version) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("uses-libc/src"));
        Files.writeString(bin.getParent().resolve("Cargo.toml"), """
                [package]
                name = "uses-libc"
                version = "0.1.0"
                edition = "2021"

                [dependencies]
                libc = "=%s"

                [workspace]
                """.formatted(version), StandardCharsets.UTF_8);
        Files.writeString(bin.resolve("main.rs"), "fn main() { println!(\"{}\", unsafe { libc::getpid() }); }\n");
        Path home = CargoHome.offline(tmp.resolve("cargo-home"), REGISTRY);
        ProcessBuilder pb = new ProcessBuilder("cargo", "rustc", "--offline", "--quiet", "--bin", "uses-libc", "--",
                "--print", "link-args").directory(bin.getParent().toFile()).redirectErrorStream(true);
        pb.environment().put("CARGO_HOME", home.toString());
        pb.environment().put("CARGO_TARGET_DIR", tmp.resolve("bin-target").toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES) && p.exitValue() == 0, output);
        Set<String> libs = new TreeSet<>();
        Matcher m = Pattern.compile("\"-l([\\w.+-]+)\"").matcher(output);
        while (m.find()) {
            libs.add(m.group(1));
        }
        assertTrue(libs.contains("c"), output);
        return libs;
    }

    private static Path latest(String prefix) throws IOException {
        if (!Files.isDirectory(REGISTRY)) {
            return null;
        }
        try (var s = Files.list(REGISTRY)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && Character.isDigit(p.getFileName().toString().charAt(prefix.length())))
                    .sorted().reduce((a, b) -> b).orElse(null);
        }
    }
}
