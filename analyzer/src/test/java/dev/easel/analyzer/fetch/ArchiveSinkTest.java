package dev.easel.analyzer.fetch;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ArchiveSinkTest {

    @Test
    void writesAndHashesWhatItIsGivenFromAnEmptyFile(@TempDir Path tmp) throws Exception {
        Path temp = Files.writeString(tmp.resolve(".x.part"), "left over from an earlier attempt");
        byte[] body = "crate bytes".getBytes(StandardCharsets.UTF_8);
        ArchiveSink.Written w;
        try (ArchiveSink sink = new ArchiveSink(temp)) {
            sink.accept(ByteBuffer.wrap(body, 0, 5));
            sink.accept(ByteBuffer.wrap(body, 5, body.length - 5));
            w = sink.finish();
        }
        assertEquals(new ArchiveSink.Written(TestRegistry.sha256(body), body.length), w);
        assertEquals("crate bytes", Files.readString(temp));
    }

    @Test
    void aFullDiskIsADiskFailureNamingTheFile() throws Exception {
        Path full = Path.of("/dev/full"); // Linux: every write fails with ENOSPC
        Assumptions.assumeTrue(Files.isWritable(full), "no /dev/full on this system");
        try (ArchiveSink sink = new ArchiveSink(full)) {
            TransferException e = assertThrows(TransferException.class,
                    () -> sink.accept(ByteBuffer.wrap(new byte[64 * 1024])));
            assertEquals(FailureReason.DISK, e.reason());
            assertEquals("cannot write /dev/full: No space left on device", e.getMessage());
        }
    }
}
