package dev.easel.analyzer.build;

import dev.easel.analyzer.testdata.DebianRegistry;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the fixture crates and Debian's registry. */
final class Fixtures {

    /** {@link DebianRegistry#root()}: /usr/share/cargo/registry unless the tests are pointed elsewhere. */
    static final Path DEBIAN_REGISTRY = DebianRegistry.root();

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

    /** The highest version of a Debian registry crate by name prefix ("libz-sys-"), or null when not installed. */
    static Path debian(String nameDash) {
        return DebianRegistry.find(nameDash.substring(0, nameDash.length() - 1)).orElse(null);
    }
}
