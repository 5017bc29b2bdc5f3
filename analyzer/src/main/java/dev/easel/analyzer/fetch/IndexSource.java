package dev.easel.analyzer.fetch;

/** A registry index, wherever it lives: its config and one crate's file at a time. Safe from any thread. */
interface IndexSource extends AutoCloseable {

    /** Where it is, for messages. */
    String location();

    /** The index's {@code config.json}; a FetchException when it is missing, unreachable or malformed. */
    RegistryConfig config();

    /**
     * The index file of {@code crate}. A crate the index does not have is a TransferException with
     * {@link FailureReason#UNKNOWN_CRATE} (or, for an offline copy, {@link FailureReason#OFFLINE}); a file that cannot
     * be read is {@link FailureReason#INDEX_UNAVAILABLE}.
     */
    IndexFile read(String crate) throws TransferException;

    @Override
    void close();
}
