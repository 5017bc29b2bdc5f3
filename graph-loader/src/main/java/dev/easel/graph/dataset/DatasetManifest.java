package dev.easel.graph.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dataset's {@code manifest.json}: what wrote it, from what, when, and every data file with its rows and checksum.
 *
 * @param formatVersion the dataset format ({@link #FORMAT_VERSION} when written by this easel)
 * @param easelVersion  the easel that wrote it
 * @param createdAt     when, ISO-8601 UTC
 * @param corpus        what crates the graph covers, as the exporter was told; null when not said
 * @param rustc         the rustc versions found on the graph's versions
 * @param unsafeRules   the unsafe counting rules found on them ({@code unsafe_rules})
 * @param files         the data files, nodes first
 */
public record DatasetManifest(int formatVersion, String easelVersion, String createdAt, String corpus,
                              List<String> rustc, List<String> unsafeRules, List<DatasetFile> files) {

    /** The format this easel writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The manifest's name in a dataset folder; a folder holding it is a dataset. */
    public static final String FILE = "manifest.json";
    static final String FORMAT = "easel-dataset";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public DatasetManifest {
        rustc = List.copyOf(rustc);
        unsafeRules = List.copyOf(unsafeRules);
        files = List.copyOf(files);
    }

    /** Whether {@code dir} is a dataset folder (holds a manifest). */
    public static boolean isDataset(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(FILE));
    }

    /** The manifest as JSON text. */
    String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", formatVersion);
        root.put("easel_version", easelVersion);
        root.put("created_at", createdAt);
        if (corpus != null) {
            root.put("corpus", corpus);
        }
        rustc.forEach(root.putArray("rustc")::add);
        unsafeRules.forEach(root.putArray("unsafe_rules")::add);
        ArrayNode list = root.putArray("files");
        for (DatasetFile f : files) {
            ObjectNode o = list.addObject();
            o.put("file", f.file());
            o.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
            o.put(f.kind() == DatasetFile.Kind.NODES ? "label" : "type", f.name());
            o.put("rows", f.rows());
            o.put("sha256", f.sha256());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a manifest as JSON", e);
        }
    }

    /**
     * Reads {@code dir}'s manifest.
     *
     * @throws DatasetException when it is missing, not a manifest, or of a newer format than this easel reads
     */
    public static DatasetManifest read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(dir + " is not a dataset: it holds no " + FILE);
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new DatasetException(file + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new DatasetException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("format_version").isInt()) {
            throw new DatasetException(file + " is not an easel dataset manifest (no \"format\": \"" + FORMAT
                    + "\" with a \"format_version\")");
        }
        int version = root.get("format_version").asInt();
        if (version > FORMAT_VERSION) {
            throw new DatasetException(file + " has dataset format version " + version + ", newer than the "
                    + FORMAT_VERSION + " this easel reads: load it with the easel that wrote it ("
                    + root.path("easel_version").asText("unknown") + ") or a newer one");
        }
        List<DatasetFile> files = new ArrayList<>();
        for (JsonNode f : root.path("files")) {
            String kind = f.path("kind").asText();
            DatasetFile.Kind k = switch (kind) {
                case "nodes" -> DatasetFile.Kind.NODES;
                case "relationships" -> DatasetFile.Kind.RELATIONSHIPS;
                default -> throw new DatasetException(file + ": file entry " + f.path("file").asText()
                        + " has kind '" + kind + "', neither nodes nor relationships");
            };
            String name = f.path(k == DatasetFile.Kind.NODES ? "label" : "type").asText(null);
            String sha = f.path("sha256").asText(null);
            if (!f.path("file").isTextual() || name == null || sha == null || !f.path("rows").canConvertToLong()) {
                throw new DatasetException(file + ": a file entry lacks its file, label/type, rows or sha256: " + f);
            }
            files.add(new DatasetFile(f.get("file").asText(), k, name, f.get("rows").asLong(), sha));
        }
        return new DatasetManifest(version, root.path("easel_version").asText(null),
                root.path("created_at").asText(null), root.path("corpus").asText(null), strings(root.path("rustc")),
                strings(root.path("unsafe_rules")), files);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
