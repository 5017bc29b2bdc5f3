package dev.easel.analyzer.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/** Where the registry index is: a sparse index URL, or a local folder (a git index checkout, or a bare clone). */
public sealed interface IndexLocation {

    /** crates.io's sparse index, the default. */
    IndexLocation CRATES_IO = parse("sparse+https://index.crates.io/");

    /** @param base the URL without {@code sparse+}, ending in '/' */
    record Sparse(URI base) implements IndexLocation {
        @Override
        public String toString() {
            return "sparse+" + base;
        }

        /** A folder name for this index's offline copy: host, port and path, made filename-safe. */
        String copyName() {
            String port = base.getPort() < 0 ? "" : "_" + base.getPort();
            String path = base.getPath() == null ? "" : base.getPath();
            return (base.getHost() + port + path).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+$", "");
        }
    }

    /** @param dir a folder with {@code config.json} and the index files, or a bare git repository of them */
    record Local(Path dir) implements IndexLocation {
        @Override
        public String toString() {
            return dir.toString();
        }
    }

    /**
     * {@code sparse+http://…}, {@code sparse+https://…}, {@code file://…} or a folder path. Plain http(s), git and ssh
     * URLs are git indexes, which are not cloned here: an IllegalArgumentException says what to pass instead.
     */
    static IndexLocation parse(String text) {
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("sparse+http://") || lower.startsWith("sparse+https://")) {
            String url = t.substring("sparse+".length());
            try {
                URI uri = new URI(url.endsWith("/") ? url : url + "/");
                if (uri.getHost() == null) {
                    throw new IllegalArgumentException("no host in index URL '" + text + "'");
                }
                return new Sparse(uri);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("not a URL: '" + text + "' (" + e.getReason() + ")");
            }
        }
        if (lower.startsWith("file:")) {
            return new Local(Path.of(URI.create(t)));
        }
        if (lower.matches("^(https?|git|ssh)://.*") || lower.startsWith("git@")) {
            throw new IllegalArgumentException("'" + text + "' is a git index URL: use the sparse protocol "
                    + "(sparse+https://…) or a local clone of the index (a folder)");
        }
        return new Local(Path.of(t));
    }
}
