package dev.easel.analyzer.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.easel.analyzer.intake.TestArchives;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cargo registry on 127.0.0.1 for tests: a sparse index under {@code /index/}, archives packed from the fixture
 * crates under {@code /dl/<name>/<version>/download} (config.json's {@code dl} without markers). Every path answers a
 * scripted sequence of responses (the last repeats), so a test can serve a 503 then the file, a stall, a short body.
 * Requests are counted per path.
 */
public final class TestRegistry implements AutoCloseable {

    /** The repository's {@code testdata/crates} (tests run in a module folder, one below the root). */
    public static final Path FIXTURES = Path.of("../testdata/crates").toAbsolutePath().normalize();

    private static final Pattern NAME = Pattern.compile("(?m)^name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("(?m)^version\\s*=\\s*\"([^\"]+)\"");

    /** One scripted answer. */
    @FunctionalInterface
    public interface Response {
        void send(HttpExchange exchange) throws IOException;
    }

    /** An archive served by the registry. */
    public record Published(String name, String version, byte[] bytes, String cksum) {
        public String path() {
            return "/dl/" + name + "/" + version + "/download";
        }

        public String fileName() {
            return name + "-" + version + ".crate";
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, List<Response>> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, List<String>> indexLines = new ConcurrentHashMap<>();

    private TestRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        config("\"" + url("/dl") + "\"");
    }

    /** A registry with config.json ({@code dl} = {@code /dl}, no markers) and nothing else. */
    public static TestRegistry start() throws IOException {
        return new TestRegistry();
    }

    /** {@code sparse+http://127.0.0.1:<port>/index/}. */
    public String sparseUrl() {
        return "sparse+" + url("/index/");
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Serves {@code /index/config.json} with this JSON value as {@code dl}, and an {@code api} that is never used. */
    public void config(String dlJson) {
        serve("/index/config.json", ok(("{\"dl\": " + dlJson + ", \"api\": \"" + url("/api") + "\"}")
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** Answers {@code path} with {@code script}, one response per request, the last one repeating. */
    public void serve(String path, Response... script) {
        scripts.put(path, List.of(script));
    }

    /** Appends a line to the crate's index file (the file is created on first use). */
    public synchronized void indexLine(String crate, String line) {
        List<String> lines = indexLines.computeIfAbsent(crate.toLowerCase(), k -> new ArrayList<>());
        lines.add(line);
        serve("/index/" + IndexPaths.file(crate), ok((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Packs {@code testdata/crates/<fixture>} into a {@code .crate} under {@code name-version/}, serves it at its
     * {@code /dl} path and lists it in the index with its SHA-256.
     */
    public Published publish(String fixture) throws IOException {
        Published p = pack(fixture);
        serve(p.path(), ok(p.bytes()));
        indexLine(p.name(), line(p.name(), p.version(), p.cksum(), false));
        return p;
    }

    /** The fixture's archive, not served. */
    public static Published pack(String fixture) throws IOException {
        Path dir = FIXTURES.resolve(fixture);
        String manifest = Files.readString(dir.resolve("Cargo.toml"));
        String name = first(NAME, manifest);
        String version = first(VERSION, manifest);
        Path archive = Files.createTempFile("easel-test-", ".crate");
        try {
            TestArchives.packFolder(dir, name + "-" + version, archive);
            byte[] bytes = Files.readAllBytes(archive);
            return new Published(name, version, bytes, sha256(bytes));
        } finally {
            Files.deleteIfExists(archive);
        }
    }

    public int hits(String path) {
        AtomicInteger n = hits.get(path);
        return n == null ? 0 : n.get();
    }

    /** Requests to every path starting with {@code prefix}. */
    public int hitsUnder(String prefix) {
        return hits.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .mapToInt(e -> e.getValue().get()).sum();
    }

    /** An index line as crates.io writes them. */
    public static String line(String name, String vers, String cksum, boolean yanked) {
        return "{\"name\":\"" + name + "\",\"vers\":\"" + vers + "\",\"deps\":[],\"cksum\":\"" + cksum
                + "\",\"features\":{},\"yanked\":" + yanked + ",\"links\":null,\"v\":2}";
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Response ok(byte[] body) {
        return ex -> {
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        };
    }

    /** A bodiless answer with headers given as name, value, name, value… */
    public static Response status(int code, String... headers) {
        return ex -> {
            for (int i = 0; i + 1 < headers.length; i += 2) {
                ex.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            ex.sendResponseHeaders(code, -1);
            ex.close();
        };
    }

    /** Says nothing for {@code delay}, then answers. */
    public static Response delayed(Duration delay, Response then) {
        return ex -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            then.send(ex);
        };
    }

    /**
     * Sends the body in {@code pieces} parts with {@code pause} between them (after the headers and between parts); with
     * {@code pieces} 2 and a long pause, a stall in the middle of the body.
     */
    public static Response trickled(byte[] body, int pieces, Duration pause) {
        return ex -> {
            ex.sendResponseHeaders(200, body.length);
            OutputStream out = ex.getResponseBody();
            int step = (body.length + pieces - 1) / pieces;
            for (int from = 0; from < body.length; from += step) {
                out.write(body, from, Math.min(step, body.length - from));
                out.flush();
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CutConnection();
                }
            }
            out.close();
        };
    }

    /** Promises the whole body in Content-Length, sends {@code sent} bytes of it and closes the connection. */
    public static Response truncated(byte[] body, int sent) {
        return ex -> {
            ex.sendResponseHeaders(200, body.length);
            OutputStream out = ex.getResponseBody();
            out.write(body, 0, sent);
            out.flush();
            throw new CutConnection();
        };
    }

    /** Thrown out of the handler, it makes the server close the connection (a short body is otherwise kept open). */
    private static final class CutConnection extends IOException {
        CutConnection() {
            super("connection cut on purpose", null);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        int n = hits.computeIfAbsent(path, k -> new AtomicInteger()).getAndIncrement();
        List<Response> script = scripts.get(path);
        try {
            if (script == null) {
                status(404).send(ex);
            } else {
                script.get(Math.min(n, script.size() - 1)).send(ex);
            }
        } catch (CutConnection cut) {
            throw cut; // the server closes the connection of a handler that throws
        } catch (IOException clientWentAway) {
            // a client that timed out closed its end: nothing to answer
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in fixture manifest");
        }
        return m.group(1);
    }
}
