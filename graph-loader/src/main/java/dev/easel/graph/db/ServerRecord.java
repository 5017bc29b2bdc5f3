package dev.easel.graph.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code easel.server}, beside the lock file: where the process that owns a data folder serves it over Bolt, so every
 * other easel command on that folder connects there instead of being refused. Written (atomically) once the server
 * answers, removed when it stops; a record left by a process that died is ignored.
 *
 * @param pid            the serving process
 * @param uri            its Bolt URI, as a client on this machine reaches it
 * @param authentication whether it asks for the password of {@link PasswordFile}
 */
public record ServerRecord(long pid, String uri, boolean authentication) {

    static final String FILE = "easel.server";

    /** The record of the live process serving {@code home}, if one does. */
    public static Optional<ServerRecord> live(Path home) {
        if (!DataDirLock.isHeld(home)) {
            return Optional.empty(); // whatever record is there, its writer is gone
        }
        Optional<ServerRecord> record = read(home);
        if (record.isEmpty()) {
            return record;
        }
        long pid = record.get().pid();
        OptionalLong owner = DataDirLock.ownerPid(home);
        boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        // a record of an earlier owner, while the current one is still starting, is not the current owner's
        return alive && (owner.isEmpty() || owner.getAsLong() == pid) ? record : Optional.empty();
    }

    static Optional<ServerRecord> read(Path home) {
        Map<String, String> fields = new HashMap<>();
        try {
            for (String line : Files.readAllLines(home.resolve(FILE), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
            return Optional.of(new ServerRecord(Long.parseLong(fields.get("pid")), require(fields, "uri"),
                    Boolean.parseBoolean(require(fields, "authentication"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // absent, unreadable or malformed: not a server anyone can use
        }
    }

    private static String require(Map<String, String> fields, String key) {
        String value = fields.get(key);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }

    /** Writes the record under a temporary name and renames it into place. */
    void write(Path home) {
        Path tmp = home.resolve(FILE + ".tmp-" + pid);
        try {
            Files.writeString(tmp, "# the easel process serving this folder; removed when it stops\n"
                    + "pid=" + pid + "\nuri=" + uri + "\nauthentication=" + authentication + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, home.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + home.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    static void remove(Path home) {
        try {
            Files.deleteIfExists(home.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + home.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }
}
