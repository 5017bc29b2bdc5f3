package dev.easel.analyzer.fetch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Writes a download into its temporary file (emptied first), computing its SHA-256 on the way. */
final class ArchiveSink implements BodySink<ArchiveSink.Written> {

    /** What was written: the bytes' SHA-256 (lower-case hex) and their count. */
    record Written(String sha256, long bytes) {
    }

    private final Path temp;
    private final FileChannel channel;
    private final MessageDigest digest;
    private long bytes;

    ArchiveSink(Path temp) throws TransferException {
        this.temp = temp;
        try {
            this.channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw diskFailure(temp, e);
        }
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public void accept(ByteBuffer data) throws TransferException {
        digest.update(data.duplicate());
        try {
            while (data.hasRemaining()) {
                bytes += channel.write(data);
            }
        } catch (IOException e) {
            throw diskFailure(temp, e);
        }
    }

    @Override
    public Written finish() throws TransferException {
        try {
            channel.force(false); // on disk before the rename makes it look complete
            channel.close();
        } catch (IOException e) {
            throw diskFailure(temp, e);
        }
        return new Written(HexFormat.of().formatHex(digest.digest()), bytes);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing after a failure: the caller deletes the file anyway
        }
    }

    static TransferException diskFailure(Path file, IOException e) {
        return new TransferException(FailureReason.DISK, "cannot write " + file + ": " + ArchiveFolder.describe(e));
    }
}
