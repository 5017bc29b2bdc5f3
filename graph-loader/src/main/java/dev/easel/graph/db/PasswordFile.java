package dev.easel.graph.db;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code easel.password} in a data folder: the password of the embedded server's user {@value #USER}, readable only by
 * its owner (mode 0600). easel writes it at the first start of a folder (or of a folder an older easel made without
 * one) and sets it on the server then; to change the password, delete the file and start again. The password itself
 * never appears in a message.
 */
public final class PasswordFile {

    public static final String FILE_NAME = "easel.password";
    /** The embedded server's user. */
    public static final String USER = "neo4j";

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
    /** Neo4j's default minimum ({@code dbms.security.auth_minimum_password_length}). */
    private static final int MIN_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path path;

    private PasswordFile(Path path) {
        this.path = path;
    }

    public static PasswordFile in(Path dataDir) {
        return new PasswordFile(dataDir.resolve(FILE_NAME));
    }

    public Path path() {
        return path;
    }

    public boolean exists() {
        return Files.exists(path);
    }

    /**
     * Writes a new random password (192 bits from {@link SecureRandom}). The file is born with mode 0600 under a
     * temporary name and renamed into place, so no reader ever sees it half-written or with wider permissions.
     */
    void create() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path tmp = path.resolveSibling(FILE_NAME + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.deleteIfExists(tmp);
            try (FileChannel channel = FileChannel.open(tmp,
                    EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(OWNER_ONLY))) {
                ByteBuffer buffer = StandardCharsets.UTF_8.encode(password + "\n");
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE);
        } catch (UnsupportedOperationException e) {
            throw new DatabaseUnavailableException("cannot keep a password file that only its owner can read at "
                    + path + ": the file system has no POSIX permissions", e);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary name is never read
            }
            throw new DatabaseUnavailableException("cannot write the password file " + path + ": " + e, e);
        }
    }

    /**
     * The password, checked: present, readable, mode 0600 or stricter, one line of at least 8 characters.
     *
     * @throws DatabaseUnavailableException with one clear line (never the password) when it cannot be used
     */
    public String read() {
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(path);
            if (mode.stream().anyMatch(OTHERS::contains)) {
                throw new DatabaseUnavailableException("the password file " + path + " can be read or changed by other"
                        + " users (mode " + PosixFilePermissions.toString(mode) + "); make it yours alone: chmod 600 "
                        + path, null);
            }
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String password = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            if (password.isBlank() || password.contains("\n") || password.contains("\r")) {
                throw new DatabaseUnavailableException("the password file " + path
                        + " must hold the password on one line, and it holds " + (password.isBlank() ? "none" : "several"), null);
            }
            if (password.length() < MIN_LENGTH) {
                throw new DatabaseUnavailableException("the password in " + path + " is shorter than " + MIN_LENGTH
                        + " characters, which Neo4j refuses", null);
            }
            return password;
        } catch (NoSuchFileException e) {
            throw new DatabaseUnavailableException("the password file " + path + " is missing", e);
        } catch (AccessDeniedException e) {
            throw new DatabaseUnavailableException("cannot read the password file " + path
                    + " (permission denied): it must belong to the user running easel", e);
        } catch (UnsupportedOperationException e) {
            throw new DatabaseUnavailableException("cannot check who may read the password file " + path
                    + ": the file system has no POSIX permissions", e);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("cannot read the password file " + path + ": " + e, e);
        }
    }
}
