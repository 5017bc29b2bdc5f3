package dev.easel.graph.bulk;

import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Neo4j's own import tool ({@code neo4j-admin database import full}), run in this process through
 * {@link AdminTool}: no Neo4j installation is needed. It writes the store under a home folder of its own (an empty
 * {@code conf/neo4j.conf}, so the store lands in {@code data/databases/neo4j}); its progress goes to a log file.
 */
final class Neo4jImporter {

    private Neo4jImporter() {
    }

    /**
     * Runs the importer with {@code args} (from {@code database import full}) into {@code home}.
     *
     * @throws BulkImportException (FAILED) with the importer's own error and the log's path when it does not succeed
     */
    static void run(Path home, List<String> args, Path log) {
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int exit;
        try {
            Path conf = Files.createDirectories(home.resolve("conf"));
            if (!Files.exists(conf.resolve("neo4j.conf"))) {
                Files.writeString(conf.resolve("neo4j.conf"), "");
            }
            try (OutputStream file = Files.newOutputStream(log);
                 PrintStream out = new PrintStream(file, true, StandardCharsets.UTF_8);
                 PrintStream err = new PrintStream(new Both(file, errors), true, StandardCharsets.UTF_8)) {
                out.println("neo4j-admin " + String.join(" ", args));
                exit = AdminTool.execute(new ExecutionContext(home, conf, out, err, new DefaultFileSystemAbstraction()),
                        args.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the importer in " + home + ": " + e.getMessage(), e);
        }
        if (exit != 0) {
            throw new BulkImportException(BulkImportException.Reason.FAILED, "Neo4j's importer failed (exit " + exit
                    + "): " + firstLines(errors.toString(StandardCharsets.UTF_8)) + " (its log: " + log + ")");
        }
    }

    /** The importer's message, without its stack trace. */
    private static String firstLines(String err) {
        String message = Arrays.stream(err.split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("at ") && !l.startsWith("..."))
                .limit(3).collect(Collectors.joining(" "));
        return message.isEmpty() ? "no message" : message;
    }

    /** Writes to the log and keeps a copy. */
    private static final class Both extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Both(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
        }
    }
}
