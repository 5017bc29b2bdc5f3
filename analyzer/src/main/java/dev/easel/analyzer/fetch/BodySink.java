package dev.easel.analyzer.fetch;

import java.nio.ByteBuffer;

/** Where one attempt's response body goes; a new sink per attempt, so a retry starts from nothing. */
interface BodySink<T> extends AutoCloseable {

    /** Takes the next bytes; a failure here (disk full, too large) ends the attempt. */
    void accept(ByteBuffer data) throws TransferException;

    /** The body is complete: what it made. */
    T finish() throws TransferException;

    @Override
    void close();

    /** Makes the sink of each attempt. */
    @FunctionalInterface
    interface Factory<T> {
        BodySink<T> open() throws TransferException;
    }
}
