package dev.easel.analyzer.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The fixed vocabulary of what a build script does (docs/build-scripts.md defines each). */
public enum BuildScriptEffect {
    /** Compiles native code: cc, cmake, autotools, make, nasm, cxx-build, a compiler it runs. */
    NATIVE_COMPILE("native-compile"),
    /** Looks for a native library on the host: pkg-config, vcpkg, system-deps. */
    NATIVE_PROBE("native-probe"),
    /** Generates Rust bindings from C headers with bindgen. */
    BINDGEN("bindgen"),
    /** Runs other programs ({@code Command::new}). */
    PROCESS_SPAWN("process-spawn"),
    /** Reads environment variables beyond those cargo sets for build scripts. */
    ENV_READ("env-read"),
    /** Writes into its {@code OUT_DIR}. */
    FS_WRITE_OUT_DIR("fs-write-out-dir"),
    /** Writes outside its {@code OUT_DIR}: the package's own folder, the host, the home folder. */
    FS_WRITE_ELSEWHERE("fs-write-elsewhere"),
    /** Reads files outside its package (absolute host paths, {@code ../}). */
    FS_READ_OUTSIDE("fs-read-outside"),
    /** Opens network connections (std::net, HTTP clients, curl/wget). */
    NETWORK("network"),
    /** Downloads: an HTTP client among its build-dependencies or used in it, curl/wget, git clone. */
    DOWNLOAD("download"),
    /** Writes Rust source into {@code OUT_DIR}. */
    CODEGEN("codegen"),
    /** Tells cargo when to run it again ({@code rerun-if-changed}, {@code rerun-if-env-changed}). */
    RERUN_IF("rerun-if"),
    /** Sets cfgs on the crate ({@code rustc-cfg}). */
    CFG("cfg");

    private final String label;

    BuildScriptEffect(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static BuildScriptEffect of(String label) {
        for (BuildScriptEffect e : values()) {
            if (e.label.equals(label)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown build script effect '" + label + "'");
    }
}
