package dev.easel.graph.export;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.testdata.SyntheticAnalyses;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.GraphCounts;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.testdata.SampleAnalyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvExportImportTest {

    private static List<CrateAnalysis> input() {
        List<CrateAnalysis> all = new ArrayList<>();
        all.add(SampleAnalyses.zlibby()); // refers to miniz-rs's inflate before miniz-rs is defined
        all.add(SampleAnalyses.minizRs());
        StreamSupport.stream(new SyntheticAnalyses(6, 120, 3).spliterator(), false).forEach(all::add);
        all.add(SampleAnalyses.zlibby()); // a second analysis of the same version is skipped
        return all;
    }

    @Test
    void neo4jAdminImportOfTheCsvEqualsTheOnlineLoad(@TempDir Path tmp) throws Exception {
        LoadOptions options = LoadOptions.defaults();
        Path csv = tmp.resolve("csv");
        ExportReport report = new CsvExporter(options).write(input().stream(), csv);
        assertEquals(8, report.versions());
        assertEquals(1, report.skipped().size(), report.skipped().toString());
        String command = Files.readString(csv.resolve("import-command.txt"));
        assertTrue(command.startsWith("neo4j-admin \\\n  database \\\n  import \\\n  full \\\n  neo4j"), command);
        assertTrue(command.contains("--relationships=CALLS=" + csv.toAbsolutePath().resolve("calls.csv")), command);
        String header = Files.readAllLines(csv.resolve("calls.csv")).get(0);
        assertEquals(":START_ID(Function),:END_ID(Function),kind,count:long,provenance", header);

        Path home = tmp.resolve("neo4j-home");
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf").resolve("neo4j.conf"), "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AdminTool.execute(new ExecutionContext(home, home.resolve("conf"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8),
                new DefaultFileSystemAbstraction()), report.importArguments().toArray(String[]::new));
        assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));

        GraphStore online = TestGraphStores.clean();
        AnalysisLoader.load(online, input(), options);
        Map<String, Long> expected = GraphCounts.of(online);

        try (GraphStore imported = GraphStore.open(new ConnectionSettings(null, null, null, null, home, 0))) {
            assertEquals(expected, GraphCounts.of(imported));
        }
    }
}
