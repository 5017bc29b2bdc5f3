package dev.easel.graph.db;

import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.LoadOptions;
import dev.easel.graph.testdata.SampleAnalyses;
import dev.easel.graph.testdata.SyntheticAnalyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loading through a {@code neo4j://} routing URI, as into a cluster: the driver asks the server for its routing table
 * and sends the writes to the server it names as writer (the leader in a cluster; here the single embedded server).
 */
class RoutingUriTest {

    @Test
    void aLoadThroughANeo4jUriGivesTheGraphOfADirectLoad(@TempDir Path tmp) {
        List<CrateAnalysis> analyses = new ArrayList<>(List.of(SampleAnalyses.zlibby(), SampleAnalyses.minizRs()));
        StreamSupport.stream(new SyntheticAnalyses(3, 40, 7).spliterator(), false).forEach(analyses::add);
        List<String> direct = BulkReference.onlineDump(analyses);

        Path dir = tmp.resolve("db");
        try (GraphStore served = GraphStore.serve(ConnectionSettings.forDataDir(dir))) {
            String routing = served.uri().replaceFirst("^bolt://", "neo4j://");
            ConnectionSettings remote = new ConnectionSettings(routing, PasswordFile.USER,
                    PasswordFile.in(dir).read(), null, null, 0);
            try (GraphStore routed = GraphStore.open(remote)) {
                assertEquals(routing, routed.uri());
                try (Session s = routed.session()) {
                    Record table = s.run("CALL dbms.routing.getRoutingTable({}, 'neo4j')").single();
                    String hostPort = served.uri().substring("bolt://".length());
                    assertTrue(table.get("servers").asList(v -> v.asMap()).stream().anyMatch(server ->
                                    "WRITE".equals(server.get("role"))
                                            && ((List<?>) server.get("addresses")).contains(hostPort)),
                            "the routing table names this server as writer: " + table);
                }
                AnalysisLoader.load(routed, analyses, LoadOptions.defaults());
                AnalysisLoader.load(routed, analyses, LoadOptions.defaults()); // idempotent through routing too
                assertEquals(direct, GraphDump.canonical(routed));
            }
        }
    }

    /** The graph of a load over a direct bolt:// connection to the shared test server. */
    private static final class BulkReference {
        static List<String> onlineDump(List<CrateAnalysis> analyses) {
            GraphStore online = TestGraphStores.clean();
            AnalysisLoader.load(online, analyses, LoadOptions.defaults());
            return GraphDump.canonical(online);
        }
    }
}
