package dev.easel.graph.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.graph.export.CsvStreams;
import dev.easel.graph.export.ImportFiles;
import dev.easel.graph.export.ImportRows;
import dev.easel.graph.schema.NodeType;
import dev.easel.graph.schema.RelationshipType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

/**
 * A dataset folder checked against its manifest ({@link #open}): a format this easel reads, every listed file
 * present, named as the layout names it and of the checksum listed. {@link #writeImportFiles} then streams its lines
 * into the import files of a bulk load; each line is checked against the schema as it goes.
 */
public final class Dataset {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private final Path dir;
    private final DatasetManifest manifest;

    private Dataset(Path dir, DatasetManifest manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    /**
     * Reads the manifest of {@code dir} and verifies every file it lists (reads each once for its SHA-256).
     *
     * @throws DatasetException with one line naming the file and what is wrong
     */
    public static Dataset open(Path dir) {
        DatasetManifest manifest = DatasetManifest.read(dir);
        for (DatasetFile f : manifest.files()) {
            String expected = expectedName(f);
            if (!expected.equals(f.file())) {
                throw new DatasetException(dir.resolve(DatasetManifest.FILE) + " lists " + f.file() + " for "
                        + f.name() + "; the dataset format names that file " + expected);
            }
            Path file = dir.resolve(f.file());
            if (!Files.isRegularFile(file)) {
                throw new DatasetException(file + " is missing: " + DatasetManifest.FILE + " lists it with " + f.rows()
                        + " rows");
            }
            String actual = sha256(file);
            if (!actual.equalsIgnoreCase(f.sha256())) {
                throw new DatasetException(file + " has SHA-256 " + actual + ", not the " + f.sha256() + " "
                        + DatasetManifest.FILE + " lists: the file is damaged or was changed; nothing was loaded");
            }
        }
        return new Dataset(dir, manifest);
    }

    private static String expectedName(DatasetFile f) {
        if (f.kind() == DatasetFile.Kind.NODES) {
            return DatasetLayout.file(node(f));
        }
        return DatasetLayout.file(relationship(f));
    }

    private static NodeType node(DatasetFile f) {
        return DatasetLayout.node(f.name()).orElseThrow(() -> new DatasetException(f.file() + " holds label "
                + f.name() + ", which this easel's graph schema does not declare"));
    }

    private static RelationshipType relationship(DatasetFile f) {
        return DatasetLayout.relationship(f.name()).orElseThrow(() -> new DatasetException(f.file()
                + " holds relationship type " + f.name() + ", which this easel's graph schema does not declare"));
    }

    public Path dir() {
        return dir;
    }

    public DatasetManifest manifest() {
        return manifest;
    }

    /**
     * Streams every line into gzipped import files in {@code importDir}.
     *
     * @throws DatasetException naming file and line when a line is not JSON, lacks its ends, or holds a property the
     *                          schema does not declare
     */
    public ImportFiles writeImportFiles(Path importDir) {
        try (ImportRows rows = ImportRows.compressed(importDir)) {
            for (DatasetFile f : manifest.files()) {
                if (f.kind() == DatasetFile.Kind.NODES) {
                    NodeType type = node(f);
                    read(f, (line, values) -> rows.node(type, values));
                } else {
                    RelationshipType type = relationship(f);
                    read(f, (line, values) -> rows.relationship(type, end(f, line, values, DatasetLayout.FROM),
                            end(f, line, values, DatasetLayout.TO), properties(f, line, values)));
                }
            }
            return rows.finish();
        }
    }

    private interface LineSink {
        void accept(long line, Map<String, Object> values);
    }

    private void read(DatasetFile f, LineSink sink) {
        Path file = dir.resolve(f.file());
        try (BufferedReader in = CsvStreams.reader(file)) {
            long n = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                n++;
                Map<String, Object> values;
                try {
                    values = JSON.readValue(text, OBJECT);
                } catch (JsonProcessingException e) {
                    throw new DatasetException(file + " line " + n + ": not a JSON object: " + e.getOriginalMessage());
                }
                try {
                    sink.accept(n, values);
                } catch (IllegalStateException e) {
                    throw new DatasetException(file + " line " + n + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private Object end(DatasetFile f, long line, Map<String, Object> values, String name) {
        Object key = values.get(name);
        if (key == null) {
            throw new DatasetException(dir.resolve(f.file()) + " line " + line + ": no \"" + name + "\" key");
        }
        return key;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> properties(DatasetFile f, long line, Map<String, Object> values) {
        Object props = values.getOrDefault(DatasetLayout.PROPERTIES, Map.of());
        if (!(props instanceof Map<?, ?>)) {
            throw new DatasetException(dir.resolve(f.file()) + " line " + line + ": \"" + DatasetLayout.PROPERTIES
                    + "\" is not an object");
        }
        return (Map<String, Object>) props;
    }

    private static String sha256(Path file) {
        MessageDigest digest = JsonLinesFile.sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
