package dev.easel.analyzer.build;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the fixture crates and Debian's registry. */
final class Fixtures {

    static final Path DEBIAN_REGISTRY = Path.of("/usr/share/cargo/registry");

    private Fixtures() {
    }

    /**
     * testdata/crates/&lt;name&gt; (the sample crates) or testdata/build-crates/&lt;name&gt; (crates that exist to make
     * builds fail, hang or probe the sandbox), found from the module or the repository root.
     */
    static Path crate(String name) {
        for (Path base : new Path[] {Path.of("../testdata/crates"), Path.of("testdata/crates"),
                Path.of("../testdata/build-crates"), Path.of("testdata/build-crates")}) {
            Path p = base.resolve(name);
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("fixture crate not found: " + name);
    }

    /** A Debian registry crate folder by name prefix ("libz-sys-"), or null when not installed. */
    static Path debian(String nameDash) {
        if (!Files.isDirectory(DEBIAN_REGISTRY)) {
            return null;
        }
        try (var s = Files.list(DEBIAN_REGISTRY)) {
            return s.filter(p -> {
                String f = p.getFileName().toString();
                return f.startsWith(nameDash) && Character.isDigit(f.charAt(nameDash.length()));
            }).sorted().reduce((a, b) -> b).orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
