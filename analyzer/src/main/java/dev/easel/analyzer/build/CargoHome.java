package dev.easel.analyzer.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An easel-owned CARGO_HOME whose config.toml replaces crates.io by a directory source and forbids the network,
 * so crates build offline from Debian's registry or a {@code cargo vendor} folder. The user's ~/.cargo is never
 * written.
 */
public final class CargoHome {

    private CargoHome() {
    }

    /** Creates (or refreshes) {@code home}/config.toml for {@code registryDir} and returns {@code home}. */
    public static Path offline(Path home, Path registryDir) throws IOException {
        Files.createDirectories(home);
        String config = "# written by easel: build offline from a directory source\n"
                + "[source.crates-io]\nreplace-with = \"easel-directory\"\n\n"
                + "[source.easel-directory]\ndirectory = " + tomlString(registryDir.toAbsolutePath().normalize().toString()) + "\n\n"
                + "[net]\noffline = true\n";
        Path file = home.resolve("config.toml");
        if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(config)) {
            // written beside and moved, since parallel workers may share the home
            Path tmp = Files.createTempFile(home, "config", ".toml");
            Files.writeString(tmp, config, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return home;
    }

    /** The CARGO_HOME cargo uses without easel's: $CARGO_HOME or ~/.cargo. */
    public static Path user() {
        String env = System.getenv("CARGO_HOME");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cargo");
    }

    private static String tomlString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
