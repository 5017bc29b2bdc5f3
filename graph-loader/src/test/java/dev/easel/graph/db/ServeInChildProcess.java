package dev.easel.graph.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Serves a data folder from its own JVM, as {@code easel db start} does, until its stdin closes: the other process a
 * test needs. {@link #start} launches it and waits for its "serving URI" line.
 */
public final class ServeInChildProcess {

    private ServeInChildProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (GraphStore store = GraphStore.serve(ConnectionSettings.forDataDir(Path.of(args[0])))) {
            System.out.println("serving " + store.uri());
            System.out.flush();
            while (System.in.read() >= 0) {
                // until the parent closes stdin
            }
        }
    }

    /** A child JVM serving {@code dataDir}, its stderr in {@code log}; returns once it serves, with its URI. */
    public static Child start(Path dataDir, Path log) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), ServeInChildProcess.class.getName(),
                dataDir.toString())
                .redirectError(log.toFile())
                .start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = lines.readLine();
        if (line == null || !line.startsWith("serving ")) {
            process.destroyForcibly();
            throw new IllegalStateException("the child did not serve " + dataDir + ": " + line);
        }
        return new Child(process, line.substring("serving ".length()));
    }

    /** A serving child and the URI it serves at. */
    public record Child(Process process, String uri) implements AutoCloseable {

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
