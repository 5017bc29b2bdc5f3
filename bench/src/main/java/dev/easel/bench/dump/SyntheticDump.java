package dev.easel.bench.dump;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * Writes a synthetic crates.io {@code db-dump.tar.gz} in the real layout and column set, for benchmarks: crates.io
 * size is about {@code write(out, 150_000, 10, 7, seed)} (1.5M versions, ~10M dependency rows). Version ids are a
 * random permutation (as publication interleaves crates), dependency targets and downloads are skewed towards a few
 * popular crates (low ids), and text columns carry commas, quotes and line breaks. Owners: a user per three crates,
 * a team per 300; each crate has one to three owners drawn with a skew (some users own many crates), one in twenty
 * also a team. {@code crate_owners.csv} comes before {@code users.csv} and {@code teams.csv}, as in crates.io's
 * tarball, so the reader spills it. Streamed: memory holds one int per version. Each table is generated twice from
 * the same seed, once to learn its size (tar headers need it), once to write it.
 */
public final class SyntheticDump {

    private static final String STAMP = "2024-06-01-020030";
    private static final long STAMP_MILLIS = 1_717_207_230_000L;
    private static final String[] WORDS = {"serde", "tokio", "async", "sys", "core", "derive", "util", "rand", "log",
            "http", "json", "zlib", "ssl", "ffi", "macro", "proc", "time", "uuid", "regex", "bytes"};

    private SyntheticDump() {
    }

    public static void write(Path out, int crates, int versionsPerCrate, int depsPerVersion, long seed)
            throws IOException {
        if (crates < 2 || versionsPerCrate < 1 || depsPerVersion < 0) {
            throw new IllegalArgumentException("need at least 2 crates and 1 version per crate");
        }
        int versions = Math.multiplyExact(crates, versionsPerCrate);
        int[] versionIds = permutation(versions, new Random(seed));
        int users = Math.max(1, crates / 3);
        int teams = Math.max(1, crates / 300);
        Table[] tables = {
            new Table("crates", o -> crates(o, crates, seed)),
            new Table("crate_downloads", o -> crateDownloads(o, crates, seed)),
            new Table("crate_owners", o -> crateOwners(o, crates, users, teams, seed)),
            new Table("teams", o -> teams(o, teams)),
            new Table("users", o -> users(o, users, seed)),
            new Table("versions", o -> versions(o, crates, versionsPerCrate, versionIds, seed)),
            new Table("dependencies", o -> dependencies(o, crates, versionsPerCrate, depsPerVersion, versionIds, seed))
        };
        GzipParameters gz = new GzipParameters();
        gz.setCompressionLevel(Deflater.BEST_SPEED);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file, gz))) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            small(tar, STAMP + "/metadata.json", "{\n  \"timestamp\": \"2024-06-01T02:00:30Z\",\n"
                    + "  \"crates_io_commit\": \"synthetic\"\n}\n");
            for (Table t : tables) {
                Counting counter = new Counting();
                t.body.write(counter);
                TarArchiveEntry e = new TarArchiveEntry(STAMP + "/data/" + t.name + ".csv");
                e.setSize(counter.count);
                e.setModTime(STAMP_MILLIS); // fixed: same seed, same bytes
                tar.putArchiveEntry(e);
                OutputStream body = new BufferedOutputStream(new NoClose(tar), 1 << 16);
                t.body.write(body);
                body.flush();
                tar.closeArchiveEntry();
            }
        }
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    private record Table(String name, Body body) {
    }

    private static void crates(OutputStream o, int n, long seed) throws IOException {
        Random r = new Random(seed * 31 + 1);
        Lines out = new Lines(o);
        out.line("created_at,description,documentation,homepage,id,max_features,max_upload_size,name,readme,"
                + "repository,updated_at");
        for (int id = 1; id <= n; id++) {
            String name = crateName(id);
            String readme = r.nextInt(10) == 0 ? "\"# " + name + "\n\nUse it, \"\"carefully\"\".\"" : "";
            out.line(date(r) + ",\"A crate, \"\"" + name + "\"\", for tests.\",https://docs.rs/" + name + ",,"
                    + id + ",,," + name + "," + readme + ",https://github.com/example/" + name + "," + date(r));
        }
        out.flush();
    }

    /** All-time downloads falling with the crate id (a power law), with noise so the ranking is not the id order. */
    private static void crateDownloads(OutputStream o, int n, long seed) throws IOException {
        Random r = new Random(seed * 31 + 4);
        Lines out = new Lines(o);
        out.line("crate_id,downloads");
        for (int id = 1; id <= n; id++) {
            out.line(id + "," + (long) (500_000_000 / Math.pow(id, 1.2) * (0.5 + r.nextDouble())));
        }
        out.flush();
    }

    private static void crateOwners(OutputStream o, int crates, int users, int teams, long seed) throws IOException {
        Random r = new Random(seed * 31 + 5);
        Lines out = new Lines(o);
        out.line("crate_id,created_at,created_by,owner_id,owner_kind");
        int[] picked = new int[3];
        for (int c = 1; c <= crates; c++) {
            int owners = 1 + (r.nextInt(4) == 0 ? 1 : 0) + (r.nextInt(20) == 0 ? 1 : 0);
            int count = 0;
            for (int k = 0; k < owners; k++) {
                double x = r.nextDouble();
                int user = 1 + (int) (users * x * x); // skewed: low ids own many crates
                if (count == 0 || (picked[0] != user && (count < 2 || picked[1] != user))) {
                    picked[count++] = user;
                    out.line(c + "," + date(r) + "," + picked[0] + "," + user + ",0");
                }
            }
            if (r.nextInt(20) == 0) {
                out.line(c + "," + date(r) + "," + picked[0] + "," + (1 + r.nextInt(teams)) + ",1");
            }
        }
        out.flush();
    }

    private static void users(OutputStream o, int n, long seed) throws IOException {
        Random r = new Random(seed * 31 + 6);
        Lines out = new Lines(o);
        out.line("gh_avatar,gh_id,gh_login,id,name");
        for (int id = 1; id <= n; id++) {
            String login = "dev-" + Integer.toString(id, 36);
            out.line("https://avatars.example/u/" + id + "," + (10_000 + id) + "," + login + "," + id + ","
                    + (r.nextInt(3) == 0 ? "" : "\"Developer, No. " + id + "\""));
        }
        out.flush();
    }

    private static void teams(OutputStream o, int n) throws IOException {
        Lines out = new Lines(o);
        out.line("avatar,github_id,id,login,name,org_id");
        for (int id = 1; id <= n; id++) {
            out.line("https://avatars.example/t/" + id + "," + (20_000 + id) + "," + id + ",github:org-" + id
                    + ":maintainers,Maintainers," + (30_000 + id));
        }
        out.flush();
    }

    private static void versions(OutputStream o, int crates, int perCrate, int[] ids, long seed) throws IOException {
        Random r = new Random(seed * 31 + 2);
        Lines out = new Lines(o);
        out.line("bin_names,checksum,crate_id,crate_size,created_at,downloads,features,has_lib,id,license,links,num,"
                + "published_by,rust_version,updated_at,yanked");
        int row = 0;
        for (int c = 1; c <= crates; c++) {
            int minor = 0;
            int patch = 0;
            for (int v = 0; v < perCrate; v++, row++) {
                if (r.nextInt(4) == 0) {
                    minor++;
                    patch = 0;
                } else {
                    patch++;
                }
                String num = "0." + minor + "." + patch + (r.nextInt(20) == 0 ? "-alpha." + v : "");
                String links = r.nextInt(100) == 0 ? "native" + c : "";
                String created = date(r);
                out.line("{}," + hex(r) + "," + c + "," + (1000 + r.nextInt(5_000_000)) + "," + created + ","
                        + r.nextInt(100_000) + ",\"{\"\"default\"\": [\"\"std\"\"], \"\"std\"\": []}\",t," + ids[row]
                        + ",MIT OR Apache-2.0," + links + "," + num + ",," + (r.nextInt(5) == 0 ? "1.70" : "") + ","
                        + created + "," + (r.nextInt(33) == 0 ? "t" : "f"));
            }
        }
        out.flush();
    }

    private static void dependencies(OutputStream o, int crates, int perCrate, int perVersion, int[] ids, long seed)
            throws IOException {
        Random r = new Random(seed * 31 + 3);
        Lines out = new Lines(o);
        out.line("crate_id,default_features,explicit_name,features,id,kind,optional,req,target,version_id");
        long depId = 1;
        int row = 0;
        for (int c = 1; c <= crates; c++) {
            for (int v = 0; v < perCrate; v++, row++) {
                for (int d = 0; d < perVersion; d++) {
                    double x = r.nextDouble();
                    int to = 1 + (int) (crates * x * x * x); // skewed: low ids are the popular crates
                    if (to == c) {
                        to = to % crates + 1;
                    }
                    int k = r.nextInt(10);
                    int kind = k < 7 ? 0 : k < 8 ? 1 : 2;
                    String features = r.nextInt(5) == 0 ? "\"{std,derive}\"" : "{}";
                    int t = r.nextInt(40);
                    String target = t == 0 ? "cfg(unix)" : t == 1 ? "\"cfg(target_os = \"\"windows\"\")\"" : "";
                    String rename = r.nextInt(100) == 0 ? crateName(to).replace('-', '_') + "_renamed" : "";
                    out.line(to + "," + (r.nextInt(20) == 0 ? "f" : "t") + "," + rename + "," + features + ","
                            + depId++ + "," + kind + "," + (r.nextInt(10) == 0 ? "t" : "f") + ",^"
                            + r.nextInt(3) + "." + r.nextInt(20) + "," + target + "," + ids[row]);
                }
            }
        }
        out.flush();
    }

    static String crateName(int id) {
        return WORDS[id % WORDS.length] + "-" + Integer.toString(id, 36);
    }

    private static int[] permutation(int n, Random r) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i + 1;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static String date(Random r) {
        return String.format("20%02d-%02d-%02d %02d:%02d:%02d.%06d", 15 + r.nextInt(10), 1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1_000_000));
    }

    private static String hex(Random r) {
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            String h = Long.toHexString(r.nextLong());
            b.append("0".repeat(16 - h.length())).append(h);
        }
        return b.toString();
    }

    private static void small(TarArchiveOutputStream tar, String name, String text) throws IOException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(b.length);
        e.setModTime(STAMP_MILLIS);
        tar.putArchiveEntry(e);
        tar.write(b);
        tar.closeArchiveEntry();
    }

    /** Lines as UTF-8 with '\n', as psql's COPY writes them. */
    private static final class Lines {
        private final OutputStream out;

        Lines(OutputStream out) {
            this.out = out;
        }

        void line(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }

        void flush() throws IOException {
            out.flush();
        }
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private static final class NoClose extends java.io.FilterOutputStream {
        NoClose(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }
}
