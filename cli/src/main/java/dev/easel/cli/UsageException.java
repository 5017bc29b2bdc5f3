package dev.easel.cli;

/** The user asked for something that cannot be done as asked (exit code 2). The message is one line. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }

    /** Checked before any work starts, so a typo costs nothing. */
    static void requireFiles(java.util.List<java.nio.file.Path> files) {
        for (java.nio.file.Path f : files) {
            if (!java.nio.file.Files.isRegularFile(f)) {
                throw new UsageException("no such file: " + f);
            }
        }
    }
}
