package dev.easel.analyzer.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A throwaway package that depends on exactly one registry package, so that {@code cargo build -p <pkg> --lib} builds
 * that package as the registry package (same package id, hash and v0 disambiguator as when any other crate depends
 * on it). rustc is reached through a tiny RUSTC_WRAPPER script that adds {@code --emit=llvm-ir,mir,link} to the
 * root's library only.
 *
 * <p>Why not {@code cargo rustc -p <pkg> -- --emit=...}: cargo accepts it for a non-member package, but hashes
 * those extra arguments into the output file names ({@code -C extra-filename}), so the rlib would not be the one a
 * dependent looks for and would be compiled again. A RUSTC_WRAPPER is neither in the file hash nor in the
 * fingerprint.
 *
 * @param dir        the wrapper package folder (its own workspace)
 * @param emitScript the RUSTC_WRAPPER script (shared by all builds of a state folder)
 * @param env        variables the script reads to recognise the root's library
 */
public record RootWrapper(Path dir, Path emitScript, Map<String, String> env) {

    /** The extra rustc arguments of the root's library; the same as path mode's {@code cargo rustc -- ...}. */
    static final String SCRIPT = """
            #!/bin/sh
            # written by easel: adds --emit for the root's library only, so its IR and MIR are written while its
            # file names and fingerprint stay what they are when the crate is a dependency
            rustc="$1"
            shift
            if [ -n "$CARGO_PRIMARY_PACKAGE" ] && [ "$CARGO_PKG_NAME" = "$EASEL_ROOT_PACKAGE" ] \\
                && [ "$CARGO_PKG_VERSION" = "$EASEL_ROOT_VERSION" ] && [ "$CARGO_CRATE_NAME" = "$EASEL_ROOT_CRATE" ]; then
              exec "$rustc" "$@" %s ${EASEL_ROOT_REMAP:+"--remap-path-prefix=$EASEL_ROOT_REMAP"}
            fi
            exec "$rustc" "$@"
            """.formatted(BuildOptions.EMIT);

    /**
     * Writes the wrapper package into {@code dir} (which must not exist yet).
     *
     * @param emitScript the RUSTC_WRAPPER script, from {@link #writeScript(Path)}
     * @param crateDir   the crate folder asked for (the registry package's own folder, or an identical copy)
     * @param sequence   makes the wrapper's own name unique per build
     */
    public static RootWrapper create(Path dir, Path emitScript, Path crateDir, RegistryPackage pkg,
                                     BuildOptions options, long sequence) throws IOException {
        writePackage(dir, "easel-root-" + sequence, "builds " + pkg.name() + " " + pkg.version()
                + " as the registry package", quote(pkg.name()) + " = " + dependency(pkg, options));
        return new RootWrapper(dir, emitScript, rootEnv(emitScript, crateDir, pkg));
    }

    /** The dependency on exactly {@code pkg}, with the features the options ask for, as a TOML inline table. */
    static String dependency(RegistryPackage pkg, BuildOptions options) {
        List<String> features = options.allFeatures() ? pkg.allFeatures() : options.features();
        return "{ package = " + quote(pkg.name()) + ", version = "
                + quote("=" + RegistryPackage.withoutBuildMetadata(pkg.version()))
                + ", default-features = " + !options.noDefaultFeatures()
                + ", features = [" + features.stream().map(RootWrapper::quote).collect(Collectors.joining(", "))
                + "] }";
    }

    /** Writes a throwaway package of its own workspace with an empty library and these dependency lines. */
    static void writePackage(Path dir, String name, String why, String dependencies) throws IOException {
        Files.createDirectories(dir);
        String manifest = "# written by easel: " + why + "\n"
                + "[package]\nname = \"" + name + "\"\nversion = \"0.0.0\"\nedition = \"2021\"\n"
                + "publish = false\n\n[lib]\npath = \"lib.rs\"\n\n[dependencies]\n" + dependencies
                + "\n\n[workspace]\n";
        Files.writeString(dir.resolve("Cargo.toml"), manifest, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("lib.rs"), "", StandardCharsets.UTF_8);
    }

    /** The variables the RUSTC_WRAPPER script reads to recognise {@code pkg}'s library as the root. */
    static Map<String, String> rootEnv(Path emitScript, Path crateDir, RegistryPackage pkg) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("RUSTC_WRAPPER", emitScript.toString());
        env.put("RUSTC_WORKSPACE_WRAPPER", null); // the root is no workspace member; keep cargo's view simple
        env.put("EASEL_ROOT_PACKAGE", pkg.name());
        env.put("EASEL_ROOT_VERSION", pkg.version());
        // a copy outside the registry: debug info and panic locations name the crate folder that was asked for
        env.put("EASEL_ROOT_REMAP", crateDir.equals(pkg.dir()) ? "" : pkg.dir() + "=" + crateDir);
        return Collections.unmodifiableMap(env);
    }

    /**
     * Writes the RUSTC_WRAPPER script as {@code bin/easel-emit-rustc.sh} under an easel-owned folder, unless it is
     * there already. One path for all builds: cargo keys its cache of rustc's target information
     * ({@code .rustc_info.json} in the target folder) by the wrapper's path, and asks rustc again when it changes.
     */
    public static synchronized Path writeScript(Path stateDir) throws IOException {
        Path bin = Files.createDirectories(stateDir.resolve("bin"));
        Path script = bin.resolve("easel-emit-rustc.sh");
        if (Files.isExecutable(script) && Files.readString(script, StandardCharsets.UTF_8).equals(SCRIPT)) {
            return script;
        }
        // written beside and moved: another process with the same state folder may be running it
        Path tmp = Files.createTempFile(bin, "easel-emit-rustc", ".sh");
        Files.writeString(tmp, SCRIPT, StandardCharsets.UTF_8);
        if (!tmp.toFile().setExecutable(true, false)) {
            throw new IOException(tmp + ": cannot make the rustc wrapper executable");
        }
        Files.move(tmp, script, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return script;
    }

    /** The same variables with the crate name of the root's library, known once cargo metadata has run. */
    public Map<String, String> env(String libName) {
        return withCrate(env, libName);
    }

    static Map<String, String> withCrate(Map<String, String> rootEnv, String libName) {
        Map<String, String> e = new LinkedHashMap<>(rootEnv);
        e.put("EASEL_ROOT_CRATE", libName);
        return e;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
