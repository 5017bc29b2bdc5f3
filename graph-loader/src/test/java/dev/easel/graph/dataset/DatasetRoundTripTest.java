package dev.easel.graph.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.bulk.BulkImport;
import dev.easel.graph.db.GraphDump;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.export.CsvStreams;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.schema.GraphSchema;
import dev.easel.graph.schema.NodeType;
import dev.easel.graph.schema.Property;
import dev.easel.graph.testdata.SampleAnalyses;
import dev.easel.graph.testdata.SyntheticAnalyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DatasetExporter.Description DESCRIPTION = new DatasetExporter.Description("9.9-test",
            "the sample crates and synthetic ones", Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));

    /** Analyses, plus what other commands write: owners, a typosquat suspicion (a double), an advisory (a line break). */
    private static GraphStore fixtureGraph() {
        GraphStore store = TestGraphStores.clean();
        List<CrateAnalysis> all = new ArrayList<>(List.of(SampleAnalyses.zlibby(), SampleAnalyses.minizRs()));
        StreamSupport.stream(new SyntheticAnalyses(4, 60, 7).spliterator(), false).forEach(all::add);
        AnalysisLoader.load(store, all, LoadOptions.defaults());
        try (Session s = store.session()) {
            s.run("""
                    MATCH (z:Crate {name: 'zlibby'}), (m:Crate {name: 'miniz-rs'}), (v:Version {id: 'zlibby@1.0.0'})
                    CREATE (:Owner {id: 'user:ferris', kind: 'user', login: 'ferris', name: 'Ferris "the" Crab'})
                           -[:OWNS]->(z)
                    CREATE (z)-[:MAY_SQUAT {checks: ['omitted-character', 'swap'], score: 0.75}]->(m)
                    CREATE (a:Advisory {id: 'RUSTSEC-2026-0001', title: 'line one\nline two', aliases: ['CVE-1'],
                                        informational: 'unsound'})-[:CONCERNS]->(z)
                    CREATE (a)-[:AFFECTS]->(v)""").consume();
        }
        return store;
    }

    @Test
    void anExportedGraphLoadsBackIntoAnEmptyDatabaseAsTheSameGraph(@TempDir Path tmp) throws IOException {
        GraphStore store = fixtureGraph();
        List<String> expected = GraphDump.canonical(store);
        List<String> rustc;
        try (Session s = store.session()) {
            rustc = s.run("MATCH (v:Version) WHERE v.rustc IS NOT NULL RETURN DISTINCT v.rustc AS r ORDER BY r")
                    .list(r -> r.get("r").asString());
        }
        Path out = tmp.resolve("dataset");
        DatasetExporter.Exported exported = DatasetExporter.export(store, out, DESCRIPTION);

        assertEquals(exported.nodesInGraph(), exported.nodesExported(), "every node has a declared label");
        assertEquals(exported.relationshipsInGraph(), exported.relationshipsExported());
        assertTrue(exported.relationshipsExported() > 100, "a graph of some size: " + exported.relationshipsExported());
        DatasetManifest manifest = DatasetManifest.read(out);
        assertEquals(exported.manifest(), manifest, "the manifest reads back as written");
        assertEquals(GraphSchema.NODES.size() + GraphSchema.RELATIONSHIPS.size(), manifest.files().size());
        assertEquals(rustc, manifest.rustc());
        assertFalse(rustc.isEmpty());
        assertEquals("2026-11-30T12:00:00Z", manifest.createdAt());
        assertEquals("9.9-test", manifest.easelVersion());
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(JsonLinesFile.PART)), "no temporary file stays");
        }
        assertEquals(1, rows(manifest, "MAY_SQUAT"));
        assertEquals(1, rows(manifest, "Owner"));

        // line shapes: a relationship names its ends by their keys
        JsonNode squat = JSON.readTree(firstLine(out.resolve("may_squat.jsonl.gz")));
        assertEquals("zlibby", squat.get("from").asText());
        assertEquals("miniz-rs", squat.get("to").asText());
        assertEquals(0.75, squat.get("properties").get("score").asDouble());
        assertEquals("Ferris \"the\" Crab", JSON.readTree(firstLine(out.resolve("owners.jsonl.gz"))).get("name")
                .asText());

        // the README comes from the schema: every label, every property with its JSON type
        String readme = Files.readString(out.resolve("README.md"));
        for (NodeType n : GraphSchema.NODES) {
            assertTrue(readme.contains("### `" + n.label() + "` (" + DatasetLayout.file(n) + ")"), n.label());
            for (Property p : n.properties()) {
                assertTrue(readme.contains("| `" + p.name() + "` | " + DatasetReadme.jsonType(p.type()) + " |"),
                        n.label() + "." + p.name());
            }
        }
        assertTrue(readme.contains("| `score` | number | 0 to 1 |"), readme);
        assertTrue(readme.contains("the sample crates and synthetic ones"));

        // loaded back into a new data folder: the same graph, property types and line breaks included
        Dataset dataset = Dataset.open(out);
        AtomicReference<List<String>> loaded = new AtomicReference<>();
        try (BulkImport bulk = BulkImport.prepare(tmp.resolve("db"), BulkImport.Options.defaults())) {
            BulkImport.Result r = bulk.importFiles(dataset.writeImportFiles(bulk.filesDir()),
                    s -> loaded.set(GraphDump.canonical(s)));
            assertEquals(0, r.skipped().skipped(), r.skipped().examples().toString());
        }
        assertEquals(expected, loaded.get());
    }

    @Test
    void aDamagedFileANewerFormatAndAMissingFileAreRefusedEachWithOneMessage(@TempDir Path tmp) throws IOException {
        Path good = tmp.resolve("good");
        DatasetExporter.export(fixtureGraph(), good, DESCRIPTION);

        Path damaged = copy(good, tmp.resolve("damaged"));
        try (OutputStream o = Files.newOutputStream(damaged.resolve("versions.jsonl.gz"), StandardOpenOption.APPEND)) {
            o.write('x');
        }
        DatasetException e = assertThrows(DatasetException.class, () -> Dataset.open(damaged));
        assertTrue(e.getMessage().contains("versions.jsonl.gz has SHA-256"), e.getMessage());

        Path newer = copy(good, tmp.resolve("newer"));
        Path manifest = newer.resolve(DatasetManifest.FILE);
        Files.writeString(manifest, Files.readString(manifest).replace("\"format_version\" : 1",
                "\"format_version\" : 2"));
        e = assertThrows(DatasetException.class, () -> Dataset.open(newer));
        assertTrue(e.getMessage().contains("has dataset format version 2, newer than the 1 this easel reads"),
                e.getMessage());

        Path missing = copy(good, tmp.resolve("missing"));
        Files.delete(missing.resolve("calls.jsonl.gz"));
        e = assertThrows(DatasetException.class, () -> Dataset.open(missing));
        assertTrue(e.getMessage().contains("calls.jsonl.gz is missing"), e.getMessage());

        Path none = Files.createDirectories(tmp.resolve("none"));
        e = assertThrows(DatasetException.class, () -> Dataset.open(none));
        assertTrue(e.getMessage().contains("is not a dataset"), e.getMessage());

        assertEquals(DatasetManifest.read(good).files().size(), Dataset.open(good).manifest().files().size());
    }

    private static long rows(DatasetManifest manifest, String name) {
        return manifest.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow().rows();
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader in = CsvStreams.reader(file)) {
            return in.readLine();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }
}
