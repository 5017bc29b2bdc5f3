package dev.easel.analyzer.advisory;

import dev.easel.analyzer.model.Problem;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a RustSec advisory database: a checkout of rustsec/advisory-db, or its archive ({@code .tar.gz},
 * {@code .tgz}, {@code .zip}, as GitHub serves them with a top folder), streamed entry by entry, never unpacked and
 * never fetched. The files read are {@code crates/<crate>/RUSTSEC-*.md} at any depth of the archive; the toolchain's
 * own advisories ({@code rust/…}) are not about crates and are left out. A bad file is a {@link Problem} naming file
 * and line; every other file is still read.
 */
public final class AdvisoryDatabaseReader {

    /** Larger advisory files are skipped: the biggest real one is a few kB. */
    static final long MAX_FILE_BYTES = 1 << 20;

    private static final Pattern ADVISORY = Pattern.compile("(?:^|.*/)crates/([^/]+)/(RUSTSEC-[^/]+)\\.md$");

    /**
     * @param source     the folder or archive read
     * @param advisories the advisories read, in path order for a folder and archive order for an archive
     * @param problems   every problem, located
     * @param files      advisory files seen
     */
    public record AdvisoryDatabase(Path source, List<Advisory> advisories, List<Problem> problems, int files) {
        public AdvisoryDatabase {
            advisories = List.copyOf(advisories);
            problems = List.copyOf(problems);
        }
    }

    private final List<Advisory> advisories = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> fileOfId = new HashMap<>();
    private int files;

    private AdvisoryDatabaseReader() {
    }

    /**
     * @param path a folder (a checkout) or a {@code .tar.gz}/{@code .tgz}/{@code .zip} archive
     * @throws IOException when the folder or archive itself cannot be read (bad files inside are problems)
     */
    public static AdvisoryDatabase read(Path path) throws IOException {
        AdvisoryDatabaseReader reader = new AdvisoryDatabaseReader();
        if (Files.isDirectory(path)) {
            reader.readFolder(path);
        } else {
            reader.readArchive(path);
        }
        return new AdvisoryDatabase(path, reader.advisories, reader.problems, reader.files);
    }

    private void readFolder(Path root) throws IOException {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(root)) {
            found = walk.filter(Files::isRegularFile)
                    .filter(p -> ADVISORY.matcher(root.relativize(p).toString().replace('\\', '/')).matches())
                    .sorted()
                    .toList();
        }
        for (Path p : found) {
            String name = root.relativize(p).toString().replace('\\', '/');
            if (Files.size(p) > MAX_FILE_BYTES) {
                tooLarge(name);
                continue;
            }
            accept(name, Files.readString(p, StandardCharsets.UTF_8));
        }
    }

    private void readArchive(Path archive) throws IOException {
        String name = archive.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
             ArchiveInputStream<?> in = open(name, raw, archive)) {
            ArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory() || !ADVISORY.matcher(entry.getName()).matches()) {
                    continue;
                }
                if (entry.getSize() > MAX_FILE_BYTES) {
                    tooLarge(entry.getName());
                    continue;
                }
                byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    tooLarge(entry.getName());
                    continue;
                }
                accept(entry.getName(), new String(bytes, StandardCharsets.UTF_8));
            }
        }
    }

    private static ArchiveInputStream<?> open(String name, InputStream raw, Path archive) throws IOException {
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return new TarArchiveInputStream(new GzipCompressorInputStream(raw));
        }
        if (name.endsWith(".zip")) {
            return new ZipArchiveInputStream(raw);
        }
        throw new IOException("not an advisory database: " + archive
                + " (expected a folder, a .tar.gz, .tgz or .zip archive)");
    }

    private void tooLarge(String name) {
        files++;
        problems.add(new Problem(AdvisoryParser.STAGE, name, 0, "larger than " + MAX_FILE_BYTES + " bytes; skipped"));
    }

    private void accept(String name, String text) {
        files++;
        AdvisoryParser.Parsed parsed = AdvisoryParser.parse(name, text);
        problems.addAll(parsed.problems());
        Advisory a = parsed.advisory();
        if (a == null) {
            return;
        }
        Matcher m = ADVISORY.matcher(name);
        if (m.matches()) {
            if (!m.group(1).equals(a.packageName())) {
                problems.add(new Problem(AdvisoryParser.STAGE, name, 0, "package '" + a.packageName()
                        + "' is not the folder's crate '" + m.group(1) + "'"));
            }
            if (!m.group(2).equals(a.id())) {
                problems.add(new Problem(AdvisoryParser.STAGE, name, 0, "id '" + a.id()
                        + "' is not the file's name"));
            }
        }
        String earlier = fileOfId.putIfAbsent(a.id(), name);
        if (earlier != null) {
            problems.add(new Problem(AdvisoryParser.STAGE, name, 0, "id " + a.id() + " already read from " + earlier
                    + "; skipped"));
            return;
        }
        advisories.add(a);
    }
}
