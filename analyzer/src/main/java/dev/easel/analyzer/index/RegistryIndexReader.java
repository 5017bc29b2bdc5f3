package dev.easel.analyzer.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams a checkout of a cargo registry index (crates.io-index layout: {@code 1/}, {@code 2/}, {@code 3/a/},
 * {@code ab/cd/}; one JSON object per version per line) into an {@link IndexSink}, file by file in sorted path order.
 * A bad line is a Problem naming file and line; reading goes on.
 */
public final class RegistryIndexReader {

    private static final Problem.Stage STAGE = Problem.Stage.INDEX;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a read produced. */
    public record Stats(long crates, long versions, long dependencies, long problems) {
    }

    private RegistryIndexReader() {
    }

    public static Stats read(Path indexRoot, IndexSink sink) throws IOException {
        List<Path> files = indexFiles(indexRoot);
        long[] counts = new long[4];
        for (Path f : files) {
            readFile(indexRoot, f, sink, counts);
        }
        return new Stats(counts[0], counts[1], counts[2], counts[3]);
    }

    /** Crate files: every regular file except dot-files, dot-folders (.git, .github) and config.json at the root. */
    private static List<Path> indexFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                boolean config = file.getParent().equals(root) && name.equals("config.json");
                if (attrs.isRegularFile() && !name.startsWith(".") && !config) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort((a, b) -> root.relativize(a).toString().compareTo(root.relativize(b).toString()));
        return files;
    }

    private static void readFile(Path root, Path file, IndexSink sink, long[] counts) throws IOException {
        String crateSeen = null;
        int lineNo = 0;
        // ISO-8859-1 cannot fail: each line is decoded as UTF-8 on its own, so a stray byte spoils one line, not the file
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            for (String bytes; (bytes = in.readLine()) != null; ) {
                lineNo++;
                if (bytes.isBlank()) {
                    continue;
                }
                try {
                    JsonNode v = JSON.readTree(utf8(bytes));
                    String name = text(v, "name");
                    String num = text(v, "vers");
                    if (name == null || num == null) {
                        throw new IllegalArgumentException("no 'name' or 'vers'");
                    }
                    if (crateSeen == null) {
                        crateSeen = name;
                        sink.crate(new IndexCrate(name, null, null, null));
                        counts[0]++;
                    } else if (!crateSeen.equals(name)) {
                        throw new IllegalArgumentException("crate '" + name + "' in the file of '" + crateSeen + "'");
                    }
                    sink.version(new IndexVersion(name, num, SemVer.tryParse(num), v.path("yanked").asBoolean(false),
                            text(v, "links"), text(v, "pubtime"), null, null, text(v, "cksum"),
                            text(v, "rust_version")));
                    counts[1]++;
                    for (JsonNode d : v.path("deps")) {
                        sink.dependency(dependency(name, num, d));
                        counts[2]++;
                    }
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    counts[3]++;
                    sink.problem(new Problem(STAGE, file.toString(), lineNo, "line skipped: "
                            + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())));
                }
            }
        }
    }

    /** The line whose bytes {@code bytes} holds as ISO-8859-1 chars, decoded as UTF-8; not UTF-8 is a bad line. */
    private static String utf8(String bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not UTF-8 text");
        }
    }

    /** In the index, {@code name} is the name the dependency is declared under and {@code package} the real crate. */
    private static IndexDependency dependency(String crate, String num, JsonNode d) {
        String declared = text(d, "name");
        if (declared == null) {
            throw new IllegalArgumentException("dependency without 'name'");
        }
        String pkg = text(d, "package");
        List<String> features = new ArrayList<>();
        for (JsonNode f : d.path("features")) {
            features.add(f.asText());
        }
        String kind = text(d, "kind");
        DependencyKind k = switch (kind == null ? "normal" : kind) {
            case "normal" -> DependencyKind.NORMAL;
            case "build" -> DependencyKind.BUILD;
            case "dev" -> DependencyKind.DEV;
            default -> throw new IllegalArgumentException("unknown dependency kind '" + kind + "'");
        };
        return new IndexDependency(crate, num, pkg != null ? pkg : declared, text(d, "req") == null ? "*" : text(d, "req"),
                k, d.path("optional").asBoolean(false), d.path("default_features").asBoolean(true), features,
                text(d, "target"), pkg != null ? declared : null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
