package dev.easel.analyzer.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An index as plain files: a checkout of a git index ({@code config.json} at the root, {@code 1/}, {@code 2/},
 * {@code 3/a/}, {@code ab/cd/} below), or the copy of sparse index files an earlier online run kept for
 * {@code --offline}.
 */
record FolderIndex(Path root, FailureReason whenMissing, String missingHint) implements IndexSource {

    /** A checkout: a crate without a file is unknown. */
    static FolderIndex checkout(Path root) {
        return new FolderIndex(root, FailureReason.UNKNOWN_CRATE, "");
    }

    /** The offline copy of a sparse index: a crate without a file was never fetched online. */
    static FolderIndex offlineCopy(Path root, String indexUrl) {
        return new FolderIndex(root, FailureReason.OFFLINE,
                " (no copy of its index file from " + indexUrl + ": run once without --offline)");
    }

    @Override
    public String location() {
        return root.toString();
    }

    @Override
    public RegistryConfig config() {
        Path file = root.resolve("config.json");
        try {
            return RegistryConfig.parse(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new FetchException("no config.json in " + root + ": not a cargo registry index");
        } catch (IOException e) {
            throw new FetchException("cannot read " + file + ": " + e.getMessage());
        }
    }

    @Override
    public IndexFile read(String crate) throws TransferException {
        Path file = root.resolve(IndexPaths.file(crate));
        try {
            return IndexFile.parse(Files.readAllBytes(file), crate, file.toString());
        } catch (NoSuchFileException e) {
            throw new TransferException(whenMissing, "no index file " + file + missingHint);
        } catch (IOException e) {
            throw new TransferException(FailureReason.INDEX_UNAVAILABLE, "cannot read " + file + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
    }
}
