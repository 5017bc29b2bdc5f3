package dev.easel.analyzer.build;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The Rust toolchain on PATH, asked once per process.
 *
 * @param rustcVersion the first line of {@code rustc -V}
 * @param host         the host triple from {@code rustc -vV}
 */
public record Toolchain(String rustcVersion, String host) {

    private static volatile Toolchain detected;

    /** Asks rustc; throws when rustc is missing or broken. */
    public static Toolchain detect() throws IOException {
        Toolchain t = detected;
        if (t == null) {
            String verbose = ProcessRunner.capture(List.of("rustc", "-vV"), Duration.ofSeconds(60));
            String version = verbose.lines().findFirst().orElse("").trim();
            String host = verbose.lines().filter(l -> l.startsWith("host:"))
                    .map(l -> l.substring(5).trim()).findFirst()
                    .orElseThrow(() -> new IOException("rustc -vV printed no host line"));
            t = new Toolchain(version, host);
            detected = t;
        }
        return t;
    }
}
