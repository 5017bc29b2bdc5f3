package dev.easel.analyzer.buildscript;

import dev.easel.analyzer.build.BuildResult;
import dev.easel.analyzer.build.BuildScriptOutput;
import dev.easel.analyzer.build.sandbox.ScriptActivity;
import dev.easel.analyzer.model.BuildScriptEffect;
import dev.easel.analyzer.model.BuildScriptEffects;
import dev.easel.analyzer.model.BuildScriptEffects.Basis;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static dev.easel.analyzer.model.BuildScriptEffect.BINDGEN;
import static dev.easel.analyzer.model.BuildScriptEffect.CFG;
import static dev.easel.analyzer.model.BuildScriptEffect.CODEGEN;
import static dev.easel.analyzer.model.BuildScriptEffect.ENV_READ;
import static dev.easel.analyzer.model.BuildScriptEffect.FS_READ_OUTSIDE;
import static dev.easel.analyzer.model.BuildScriptEffect.FS_WRITE_ELSEWHERE;
import static dev.easel.analyzer.model.BuildScriptEffect.FS_WRITE_OUT_DIR;
import static dev.easel.analyzer.model.BuildScriptEffect.NATIVE_COMPILE;
import static dev.easel.analyzer.model.BuildScriptEffect.NATIVE_PROBE;
import static dev.easel.analyzer.model.BuildScriptEffect.NETWORK;
import static dev.easel.analyzer.model.BuildScriptEffect.PROCESS_SPAWN;
import static dev.easel.analyzer.model.BuildScriptEffect.RERUN_IF;

/**
 * The effects a build confirmed for the crate's own build script, added to the inferred ones: from cargo's
 * build-script output ({@code output}: rerun-if directives, cfgs, a static library linked from OUT_DIR) and, when the
 * build was traced, from what its processes did ({@code syscalls}: programs started, files written, files the script
 * read outside its package and folders, connections), refused attempts included with their errno. A script cargo
 * found fresh did not run in this build: only its output file is there to read.
 */
public final class ObservedEffects {

    /** Programs that compile or assemble native code, and those that probe for it. */
    private static final Map<String, BuildScriptEffect> PROGRAMS = Map.ofEntries(
            Map.entry("cc", NATIVE_COMPILE), Map.entry("gcc", NATIVE_COMPILE), Map.entry("c++", NATIVE_COMPILE),
            Map.entry("g++", NATIVE_COMPILE), Map.entry("clang", NATIVE_COMPILE), Map.entry("clang++", NATIVE_COMPILE),
            Map.entry("nasm", NATIVE_COMPILE), Map.entry("yasm", NATIVE_COMPILE), Map.entry("as", NATIVE_COMPILE),
            Map.entry("ar", NATIVE_COMPILE), Map.entry("cmake", NATIVE_COMPILE), Map.entry("make", NATIVE_COMPILE),
            Map.entry("gmake", NATIVE_COMPILE), Map.entry("ninja", NATIVE_COMPILE), Map.entry("meson", NATIVE_COMPILE),
            Map.entry("configure", NATIVE_COMPILE), Map.entry("autoreconf", NATIVE_COMPILE),
            Map.entry("pkg-config", NATIVE_PROBE), Map.entry("pkgconf", NATIVE_PROBE), Map.entry("vcpkg", NATIVE_PROBE));
    /** Files every process reads to start and run: the dynamic loader's, the kernel's views of itself. */
    private static final Pattern RUNTIME = Pattern.compile(
            "^(/etc/ld\\.so\\..*|.*\\.so(\\.[0-9.]+)?|/proc/self/.*|/proc/thread-self/.*|/sys/.*|/dev/.*"
                    + "|/usr/lib/locale/.*|/usr/share/locale/.*|/etc/localtime|/etc/nsswitch\\.conf"
                    + "|/usr/lib/x86_64-linux-gnu/gconv/.*)$");

    private ObservedEffects() {
    }

    /**
     * @param inferred what the sources say, or null when the crate has no build script (then nothing changes)
     * @param name     the crate's package name, whose script is looked for among the build's
     * @param build    the finished build
     */
    public static BuildScriptEffects merge(BuildScriptEffects inferred, String name, BuildResult build) {
        if (inferred == null) {
            return null;
        }
        Findings found = new Findings(Basis.OBSERVED);
        BuildScriptOutput output = build.buildScripts().stream().filter(o -> name.equals(o.packageName()))
                .findFirst().orElse(null);
        Path outDir = output == null ? null : output.outputFile().getParent().resolve("out");
        if (output != null) {
            fromOutput(output, outDir, found);
        }
        build.scriptActivity().stream().filter(a -> name.equals(a.packageName()))
                .forEach(a -> fromActivity(a, outDir, found));
        return inferred.with(found.list());
    }

    private static void fromOutput(BuildScriptOutput o, Path outDir, Findings found) {
        for (String r : o.rerunIf()) {
            found.add(RERUN_IF, r, "output", 0);
            String var = r.startsWith("rerun-if-env-changed=") ? r.substring(21) : null;
            if (var != null && !var.isEmpty() && !CargoEnv.isCargos(var)) {
                found.add(ENV_READ, var, "output", 0);
            }
        }
        o.cfgs().forEach(c -> found.add(CFG, c, "output", 0));
        boolean searchesOutDir = o.linkSearch().stream().anyMatch(s -> s.substring(s.indexOf('=') + 1)
                .startsWith(outDir.toString()));
        for (BuildScriptOutput.LinkLib l : o.linkLibs()) {
            if ("static".equals(l.kind()) && searchesOutDir) {
                found.add(NATIVE_COMPILE, "static library " + l.name() + " built into OUT_DIR", "output", 0);
            }
        }
    }

    private static void fromActivity(ScriptActivity a, Path outDir, Findings found) {
        Set<String> started = new HashSet<>();
        Set<String> tried = new HashSet<>();
        for (ScriptActivity.Event e : a.events()) {
            String where = "syscalls";
            switch (e.kind()) {
                case EXEC -> {
                    String program = baseName(e.program() == null ? e.target() : e.program());
                    if (!e.direct()) {
                        continue; // what gcc starts (cc1, as, ld) is gcc's business
                    }
                    if (e.error() != null) {
                        tried.add(program); // execvp walks PATH: misses before the hit are normal
                        continue;
                    }
                    started.add(program);
                    found.add(PROCESS_SPAWN, program, where, e.line());
                    BuildScriptEffect effect = PROGRAMS.get(program);
                    if (effect != null) {
                        found.add(effect, program, where, e.line());
                    }
                }
                case WRITE -> write(e, a, outDir, found);
                case READ -> read(e, a, outDir, found);
                case CONNECT -> found.add(NETWORK, e.target() + refused(e), where, e.line());
                default -> {
                }
            }
        }
        tried.removeAll(started);
        tried.forEach(p -> found.add(PROCESS_SPAWN, p + " (not found)", "syscalls", 0));
    }

    private static void write(ScriptActivity.Event e, ScriptActivity a, Path outDir, Findings found) {
        String path = e.target();
        if (outDir != null && Path.of(path).startsWith(outDir)) {
            found.add(FS_WRITE_OUT_DIR, null, "syscalls", e.line());
            if (path.endsWith(".rs") && e.error() == null) {
                found.add(CODEGEN, outDir.relativize(Path.of(path)).toString(), "syscalls", e.line());
            }
            return;
        }
        if (path.startsWith("/dev/") || path.startsWith("/proc/self/") || path.startsWith("<fd>/")
                || (!e.byScript() && path.startsWith("/tmp/"))) {
            return; // terminals and pipes, and the temporary files of the compilers it runs
        }
        String shown = a.workingDir() != null && Path.of(path).startsWith(a.workingDir())
                ? "package folder: " + Path.of(a.workingDir()).relativize(Path.of(path)) : path;
        found.add(FS_WRITE_ELSEWHERE, shown + refused(e), "syscalls", e.line());
    }

    private static void read(ScriptActivity.Event e, ScriptActivity a, Path outDir, Findings found) {
        String path = e.target();
        if (path.contains("libclang")) {
            found.add(BINDGEN, "libclang", "syscalls", e.line());
            return;
        }
        Path p = Path.of(path);
        Path targetDir = targetProfileDir(a.executable());
        if (RUNTIME.matcher(path).matches() || path.startsWith("<fd>/")
                || (a.workingDir() != null && p.startsWith(a.workingDir()))
                || (outDir != null && p.startsWith(outDir)) || (targetDir != null && p.startsWith(targetDir))
                || p.startsWith(a.executable())) {
            return;
        }
        found.add(FS_READ_OUTSIDE, path + ("ENOENT".equals(e.error()) ? " (absent)" : refused(e)), "syscalls",
                e.line());
    }

    /** {@code target/debug} of {@code target/debug/build/<pkg>-<hash>/build-script-build}. */
    private static Path targetProfileDir(String executable) {
        Path p = Path.of(executable);
        for (int i = 0; i < 3 && p != null; i++) {
            p = p.getParent();
        }
        return p;
    }

    private static String refused(ScriptActivity.Event e) {
        return e.error() == null ? "" : " (refused: " + e.error() + ")";
    }

    private static String baseName(String program) {
        int slash = program.lastIndexOf('/');
        return slash >= 0 ? program.substring(slash + 1) : program;
    }
}
