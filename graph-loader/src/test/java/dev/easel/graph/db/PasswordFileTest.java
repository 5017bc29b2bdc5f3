package dev.easel.graph.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class PasswordFileTest {

    @Test
    void createdOwnerOnlyWithARandomPasswordAndNoTemporaryLeft(@TempDir Path dir) throws IOException {
        PasswordFile file = PasswordFile.in(dir);
        assertFalse(file.exists());
        file.create();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        String password = file.read();
        assertTrue(password.matches("[A-Za-z0-9_-]{32}"), "32 characters of URL-safe base64 (192 bits)");
        assertEquals(password + "\n", Files.readString(file.path()));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "only the password file: the temporary name was renamed");
        }

        Path other = Files.createDirectory(dir.resolve("other"));
        PasswordFile second = PasswordFile.in(other);
        second.create();
        assertNotEquals(password, second.read());
    }

    @Test
    void aMissingFileIsOneClearLine(@TempDir Path dir) {
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> PasswordFile.in(dir).read());
        assertEquals("the password file " + dir.resolve("easel.password") + " is missing", e.getMessage());
    }

    @Test
    void aFileOthersCanReadIsRefusedWithoutShowingThePassword(@TempDir Path dir) throws IOException {
        Path path = dir.resolve(PasswordFile.FILE_NAME);
        Files.writeString(path, "correct-horse-battery\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> PasswordFile.in(dir).read());
        assertTrue(e.getMessage().contains("can be read or changed by other users (mode rw-r--r--)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("chmod 600 " + path), e.getMessage());
        assertFalse(e.getMessage().contains("correct-horse"), e.getMessage());

        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        assertEquals("correct-horse-battery", PasswordFile.in(dir).read());
    }

    @Test
    void emptyShortOrSeveralLinesAreRefused(@TempDir Path dir) throws IOException {
        Path path = dir.resolve(PasswordFile.FILE_NAME);
        for (String[] bad : new String[][]{
                {"", "must hold the password on one line, and it holds none"},
                {"one-line\ntwo-line\n", "must hold the password on one line, and it holds several"},
                {"tiny\n", "is shorter than 8 characters, which Neo4j refuses"}}) {
            Files.writeString(path, bad[0]);
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                    () -> PasswordFile.in(dir).read());
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
            assertFalse(!bad[0].isEmpty() && e.getMessage().contains(bad[0].strip()), e.getMessage());
        }
    }

    @Test
    void somethingUnreadableInItsPlaceIsOneClearLine(@TempDir Path dir) throws IOException {
        Path path = Files.createDirectory(dir.resolve(PasswordFile.FILE_NAME),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> PasswordFile.in(dir).read());
        assertTrue(e.getMessage().startsWith("cannot read the password file " + path + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aFileTheUserMayNotReadIsOneClearLine(@TempDir Path dir) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file: no permission to deny");
        Path path = dir.resolve(PasswordFile.FILE_NAME);
        Files.writeString(path, "correct-horse-battery\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class, () -> PasswordFile.in(dir).read());
        assertEquals("cannot read the password file " + path + " (permission denied): it must belong to the user running"
                + " easel", e.getMessage());
    }
}
