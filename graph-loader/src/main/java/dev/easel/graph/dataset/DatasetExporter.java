package dev.easel.graph.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.schema.GraphSchema;
import dev.easel.graph.schema.NodeType;
import dev.easel.graph.schema.RelationshipType;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the graph of a store as a dataset: one gzipped JSON-lines file per label and relationship type of
 * {@link GraphSchema} (empty ones included, so a reader finds every file), a README written from the schema, and
 * {@code manifest.json} last. Records stream from the driver into gzip streams; nothing holds the graph. Every file is
 * written under a temporary name and renamed once all are complete, the old manifest removed first and the new one
 * written last: a folder whose export failed or was killed never looks like a complete dataset.
 */
public final class DatasetExporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the manifest says beyond the graph itself.
     *
     * @param easelVersion the easel writing it
     * @param corpus       what crates the graph covers; null when not said
     * @param clock        the date's source
     */
    public record Description(String easelVersion, String corpus, Clock clock) {

        public static Description of(String easelVersion, String corpus) {
            return new Description(easelVersion, corpus, Clock.systemUTC());
        }
    }

    /**
     * What an export wrote.
     *
     * @param dir                  the dataset folder
     * @param manifest             its manifest
     * @param nodesInGraph         nodes in the graph (more than exported when some carry no label the schema declares)
     * @param relationshipsInGraph relationships in the graph (likewise)
     */
    public record Exported(Path dir, DatasetManifest manifest, long nodesInGraph, long relationshipsInGraph) {

        public long nodesExported() {
            return rows(DatasetFile.Kind.NODES);
        }

        public long relationshipsExported() {
            return rows(DatasetFile.Kind.RELATIONSHIPS);
        }

        private long rows(DatasetFile.Kind kind) {
            return manifest.files().stream().filter(f -> f.kind() == kind).mapToLong(DatasetFile::rows).sum();
        }
    }

    private DatasetExporter() {
    }

    /** Exports {@code store}'s graph into {@code dir} (created if needed; an older dataset there is replaced). */
    public static Exported export(GraphStore store, Path dir, Description description) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        List<JsonLinesFile> open = new ArrayList<>();
        try (Session session = store.session()) {
            List<DatasetFile> files = new ArrayList<>();
            for (NodeType type : GraphSchema.NODES) {
                files.add(write(session, dir, DatasetLayout.file(type), DatasetFile.Kind.NODES, type.label(),
                        DatasetCypher.nodes(type), DatasetExporter::nodeLine, open));
            }
            for (RelationshipType type : GraphSchema.RELATIONSHIPS) {
                files.add(write(session, dir, DatasetLayout.file(type), DatasetFile.Kind.RELATIONSHIPS, type.type(),
                        DatasetCypher.relationships(type), DatasetExporter::relationshipLine, open));
            }
            DatasetManifest manifest = new DatasetManifest(DatasetManifest.FORMAT_VERSION, description.easelVersion(),
                    Instant.now(description.clock()).truncatedTo(ChronoUnit.SECONDS).toString(), description.corpus(),
                    strings(session, DatasetCypher.RUSTC_VERSIONS), strings(session, DatasetCypher.UNSAFE_RULES),
                    files);
            long nodes = session.run(DatasetCypher.NODES_IN_GRAPH).single().get("n").asLong();
            long relationships = session.run(DatasetCypher.RELATIONSHIPS_IN_GRAPH).single().get("n").asLong();
            publish(dir, open, manifest);
            return new Exported(dir, manifest, nodes, relationships);
        } finally {
            open.forEach(JsonLinesFile::discard); // what was published is gone from the temporary names already
        }
    }

    private static DatasetFile write(Session session, Path dir, String name, DatasetFile.Kind kind, String label,
                                     String cypher, Function<Record, Object> line, List<JsonLinesFile> open) {
        JsonLinesFile file = new JsonLinesFile(dir.resolve(name));
        open.add(file);
        Result rows = session.run(cypher);
        while (rows.hasNext()) {
            file.line(json(line.apply(rows.next())));
        }
        return new DatasetFile(name, kind, label, file.rows(), file.sha256Hex());
    }

    private static Object nodeLine(Record r) {
        return r.get("props").asMap();
    }

    private static Object relationshipLine(Record r) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put(DatasetLayout.FROM, r.get("from").asObject());
        line.put(DatasetLayout.TO, r.get("to").asObject());
        line.put(DatasetLayout.PROPERTIES, r.get("props").asMap());
        return line;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value); // escapes line breaks: one object per line
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a graph value cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static List<String> strings(Session session, String cypher) {
        return session.run(cypher).list(r -> r.get("value").asString());
    }

    /** Old manifest out, data files renamed into place, README, then the new manifest: the last step completes it. */
    private static void publish(Path dir, List<JsonLinesFile> files, DatasetManifest manifest) {
        try {
            Files.deleteIfExists(dir.resolve(DatasetManifest.FILE));
            for (JsonLinesFile f : files) {
                f.publish();
            }
            files.clear();
            writeAtomically(dir.resolve(DatasetLayout.README), DatasetReadme.markdown(manifest));
            writeAtomically(dir.resolve(DatasetManifest.FILE), manifest.json());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the dataset in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + JsonLinesFile.PART);
        Files.writeString(part, text, StandardCharsets.UTF_8);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
