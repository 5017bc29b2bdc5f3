package dev.easel.analyzer.fetch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Cargo's sparse protocol: {@code config.json} and each crate's file fetched over HTTP from the index URL; 404, 410
 * and 451 mean the crate does not exist. Every file read is also kept (atomically) under {@code copyRoot}, so a later
 * {@code --offline} run can select and verify without the network.
 */
final class SparseIndex implements IndexSource {

    private static final Logger LOG = LoggerFactory.getLogger(SparseIndex.class);

    private final URI base;
    private final HttpTransport http;
    private final Path copyRoot;

    /** @param base the index URL without {@code sparse+}, ending in '/' */
    SparseIndex(URI base, HttpTransport http, Path copyRoot) {
        this.base = base;
        this.http = http;
        this.copyRoot = copyRoot;
    }

    @Override
    public String location() {
        return "sparse+" + base;
    }

    @Override
    public RegistryConfig config() {
        URI uri = base.resolve("config.json");
        byte[] bytes;
        try {
            bytes = http.get(uri, () -> new BytesSink(BytesSink.INDEX_FILE_LIMIT, uri.toString()));
        } catch (TransferException e) {
            if (e.reason() == FailureReason.NOT_FOUND) {
                throw new FetchException("no config.json at " + uri + " (" + e.getMessage()
                        + "): not a cargo sparse index");
            }
            throw new FetchException("registry unreachable: " + location() + ": " + e.getMessage());
        }
        RegistryConfig config = RegistryConfig.parse(bytes, uri.toString());
        keepCopy("config.json", bytes);
        return config;
    }

    @Override
    public IndexFile read(String crate) throws TransferException {
        String path = IndexPaths.file(crate);
        URI uri = base.resolve(path);
        byte[] bytes;
        try {
            bytes = http.get(uri, () -> new BytesSink(BytesSink.INDEX_FILE_LIMIT, uri.toString()));
        } catch (TransferException e) {
            throw e.reason() == FailureReason.NOT_FOUND
                    ? new TransferException(FailureReason.UNKNOWN_CRATE, "not in the index (" + e.getMessage() + ")")
                    : new TransferException(FailureReason.INDEX_UNAVAILABLE, "index file: " + e.getMessage());
        }
        keepCopy(path, bytes);
        return IndexFile.parse(bytes, crate, uri.toString());
    }

    /** Best effort: a copy that cannot be written only costs a later offline run. */
    private void keepCopy(String relative, byte[] bytes) {
        Path target = copyRoot.resolve(relative);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot keep a copy of index file {} for --offline: {}", relative, e.toString());
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // nothing more to do
                }
            }
        }
    }

    @Override
    public void close() {
    }
}
