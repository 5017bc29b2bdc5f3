package dev.easel.analyzer.intake;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes .crate archives (gzip'd tar) entry by entry, including the hostile entries real tools would never write. */
public final class TestArchives implements AutoCloseable {

    private final TarArchiveOutputStream tar;

    TestArchives(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out));
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    TestArchives file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    TestArchives file(String name, byte[] bytes) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, true); // true: keep a leading '/', hostile on purpose
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
        return this;
    }

    /** A file entry of {@code size} zero bytes, streamed: a decompression bomb compresses this to almost nothing. */
    TestArchives zeros(String name, long size) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(size);
        tar.putArchiveEntry(e);
        byte[] buf = new byte[64 * 1024];
        for (long left = size; left > 0; left -= buf.length) {
            tar.write(buf, 0, (int) Math.min(buf.length, left));
        }
        tar.closeArchiveEntry();
        return this;
    }

    TestArchives link(String name, String target, byte type) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, type);
        e.setLinkName(target);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
        return this;
    }

    /** A minimal crate's entries: Cargo.toml and src/lib.rs under name-version/. */
    TestArchives crate(String name, String version) throws IOException {
        String top = name + "-" + version + "/";
        file(top + "Cargo.toml", "[package]\nname = \"" + name + "\"\nversion = \"" + version
                + "\"\nedition = \"2021\"\n");
        return file(top + "src/lib.rs", "pub fn f() {}\n");
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }

    /** Writes a folder's files as a .crate with entries under {@code top/}. */
    public static void packFolder(Path dir, String top, Path archive) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        try (TestArchives a = new TestArchives(archive)) {
            for (Path f : files) {
                a.file(top + "/" + dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
    }
}
