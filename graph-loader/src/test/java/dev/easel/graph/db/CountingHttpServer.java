package dev.easel.graph.db;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 that answers every request with a small CSV and counts the requests it saw. */
public final class CountingHttpServer implements AutoCloseable {

    private final HttpServer http;
    private final AtomicInteger requests = new AtomicInteger();

    public CountingHttpServer() {
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/rows.csv} */
    public String url() {
        return "http://127.0.0.1:" + port() + "/rows.csv";
    }

    public int requests() {
        return requests.get();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
