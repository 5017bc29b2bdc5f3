package dev.easel.analyzer.fetch;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** Collects a small body (an index file, config.json) in memory, refusing more than {@code maxBytes}. */
final class BytesSink implements BodySink<byte[]> {

    /** The largest crates' index files are a few MiB. */
    static final long INDEX_FILE_LIMIT = 64L << 20;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long maxBytes;
    private final String source;

    BytesSink(long maxBytes, String source) {
        this.maxBytes = maxBytes;
        this.source = source;
    }

    @Override
    public void accept(ByteBuffer data) throws TransferException {
        if (bytes.size() + (long) data.remaining() > maxBytes) {
            throw new TransferException(FailureReason.HTTP_ERROR, source + " is larger than " + maxBytes + " bytes");
        }
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        bytes.write(chunk, 0, chunk.length);
    }

    @Override
    public byte[] finish() {
        return bytes.toByteArray();
    }

    @Override
    public void close() {
    }
}
