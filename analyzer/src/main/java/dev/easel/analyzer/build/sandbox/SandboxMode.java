package dev.easel.analyzer.build.sandbox;

import java.util.Locale;

/** How build scripts and proc macros (arbitrary code) are isolated. */
public enum SandboxMode {
    /** bubblewrap when it works here, else network-only isolation with unshare, else none, said loudly. */
    AUTO,
    /** bubblewrap or fail the build: read-only host, no network, private /tmp. */
    BWRAP,
    /** run unisolated, on purpose. */
    NONE;

    public static SandboxMode parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown sandbox mode '" + text + "', expected auto, bwrap or none");
        }
    }
}
