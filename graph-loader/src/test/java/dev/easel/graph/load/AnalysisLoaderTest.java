package dev.easel.graph.load;

import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.UnsafeCounters;
import dev.easel.analyzer.model.UnsafeRules;
import dev.easel.graph.callgraph.Detail;
import dev.easel.graph.db.ConnectionSettings;
import dev.easel.graph.db.EmbeddedNeo4j;
import dev.easel.graph.db.EmbeddedServerOptions;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.PasswordFile;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.testdata.SampleAnalyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.easel.graph.db.TestGraphStores.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnalysisLoaderTest {

    private static LoadOptions options(Detail d) {
        return LoadOptions.defaults().withDetail(d);
    }

    @Test
    void fullLoadWritesTheExactGraph() {
        GraphStore store = TestGraphStores.clean();
        LoadReport report = AnalysisLoader.load(store, List.of(SampleAnalyses.zlibby()), options(Detail.FULL));
        assertEquals(1, report.versionsLoaded());
        assertTrue(report.failed().isEmpty(), report.failed().toString());

        assertEquals(10, count("MATCH (f:Function) RETURN count(f)"));
        assertEquals(9, count("MATCH (:Version {id:'zlibby@1.0.0'})-[:DEFINES]->(f:Function) RETURN count(f)"));
        assertEquals(11, count("MATCH (:Function)-[r:CALLS]->(:Function) RETURN count(r)"));
        assertEquals(2, count("MATCH (:Function)-[r:CALLS_FOREIGN]->(:ForeignFunction) RETURN count(r)"));
        assertEquals(3, count("MATCH (f:ForeignFunction) RETURN count(f)"));
        assertEquals(1, count("MATCH (:Version)-[:EXPORTS]->(:ForeignFunction {name:'zlibby_version'}) RETURN count(*)"));
        assertEquals(2, count("MATCH (:ForeignFunction)-[:PROVIDED_BY]->(:NativeLibrary {name:'z'}) RETURN count(*)"));
        assertEquals(1, count("MATCH (:Version {id:'zlibby@1.0.0'})-[:LINKS {kind:'dylib', via:'build-script'}]->(:NativeLibrary {name:'z'}) RETURN count(*)"));
        assertEquals(3, count("MATCH (c:Crate) RETURN count(c)"));
        assertEquals(2, count("MATCH (v:Version)-[:VERSION_OF]->(:Crate) RETURN count(v)"));
        assertEquals(1, count("MATCH (:Version {id:'zlibby@1.0.0'})-[:DEPENDS_ON {requirement:'^0.2', kind:'normal', optional:false}]->(:Crate {name:'miniz-rs'}) RETURN count(*)"));
        assertEquals(1, count("MATCH (:Version {id:'zlibby@1.0.0'})-[:DEPENDS_ON {kind:'build'}]->(:Crate {name:'cc'}) RETURN count(*)"));
        assertEquals(1, count("MATCH (:Version {id:'zlibby@1.0.0'})-[:RESOLVED_TO {kind:'normal'}]->(:Version {id:'miniz-rs@0.2.0', analysed:false}) RETURN count(*)"));
        assertEquals(1, count("MATCH (:Version {id:'zlibby@1.0.0'})-[:INVOKES {calls:1}]->(:Crate {name:'miniz-rs'}) RETURN count(*)"));
        assertEquals(2, count("MATCH (f:Function {id:'zlibby@1.0.0/mono:zlibby/zlibby::generic', copies:2}) "
                + "WHERE f.reaches_ffi AND NOT f.reaches_unsafe RETURN count(*) + 1"));
        assertEquals(1, count("MATCH (f:Function {name:'zlibby::compress', std_calls:3, intrinsic_calls:4, indirect_calls:2}) "
                + "WHERE f.reaches_ffi AND f.reaches_unsafe RETURN count(*)"));
        assertEquals(2, count("MATCH (f:Function) WHERE f.recursive RETURN count(f)"));
        assertEquals(1, count("MATCH (:Function {name:'zlibby::compress'})-[:CALLS {kind:'direct', count:2, provenance:'BOTH'}]->(:Function {name:'zlibby::helper'}) RETURN count(*)"));

        try (Session s = store.session()) {
            Record v = s.run("MATCH (v:Version {id:'zlibby@1.0.0'}) RETURN v").single();
            Map<String, Object> p = v.get("v").asMap();
            assertEquals("complete", p.get("load_state"));
            assertEquals("ok", p.get("build_status"));
            assertEquals(true, p.get("analysed"));
            assertEquals(9L, p.get("unsafe_total"));
            assertEquals(1L, p.get("unsafe_functions"));
            assertEquals(40L, p.get("safe_exprs"));
            assertEquals(1L, p.get("unsafe_methods"));
            assertEquals(1200L, p.get("c_lines"));
            assertEquals(50L, p.get("asm_lines"));
            assertEquals(4L, p.get("native_files"));
            assertEquals(List.of("cc"), p.get("native_mechanisms"));
            assertEquals("z", p.get("links"));
            assertEquals(true, p.get("build_script"));
            assertEquals(1L, p.get("major"));
            assertEquals(6L, p.get("std_calls"));
            assertEquals(14L, p.get("graph_nodes_before"));
            assertEquals(10L, p.get("graph_nodes_after"));
        }
    }

    @Test
    void boundaryAndCrateLevelsLoadTheirPrunedGraphs() {
        GraphStore store = TestGraphStores.clean();
        AnalysisLoader.load(store, List.of(SampleAnalyses.zlibby()), options(Detail.BOUNDARY));
        assertEquals(7, count("MATCH (f:Function) RETURN count(f)"));
        assertEquals(6, count("MATCH (:Version)-[:DEFINES]->(f:Function) RETURN count(f)"));
        assertEquals(10, count("MATCH ()-[r:CALLS]->() RETURN count(r)"));
        assertEquals(1, count("MATCH ()-[r:CALLS_FOREIGN]->() RETURN count(r)"));
        assertEquals(2, count("MATCH (f:ForeignFunction) RETURN count(f)"));

        store = TestGraphStores.clean();
        AnalysisLoader.load(store, List.of(SampleAnalyses.zlibby()), options(Detail.CRATE));
        assertEquals(0, count("MATCH (f:Function) RETURN count(f)"));
        assertEquals(0, count("MATCH ()-[r:CALLS]->() RETURN count(r)"));
        assertEquals(1, count("MATCH (:Version)-[:INVOKES {calls:1}]->(:Crate {name:'miniz-rs'}) RETURN count(*)"));
        assertEquals(1, count("MATCH (:Version)-[:EXPORTS]->(:ForeignFunction) RETURN count(*)"));
    }

    @Test
    void loadingTwiceChangesNothingAndReanalysisReplaces() {
        GraphStore store = TestGraphStores.clean();
        AnalysisLoader.load(store, List.of(SampleAnalyses.zlibby(), SampleAnalyses.minizRs()), options(Detail.FULL));
        Map<String, Long> first = GraphCounts.of(store);
        LoadReport again = AnalysisLoader.load(store, List.of(SampleAnalyses.zlibby(), SampleAnalyses.minizRs()),
                options(Detail.FULL).withBatchSize(3).withWindowRows(5));
        assertEquals(2, again.versionsLoaded());
        assertEquals(first, GraphCounts.of(store));

        // re-analysis: zlibby lost its recursion pair; they go, and miniz-rs's function keeps zlibby's call into it
        CrateAnalysis a = SampleAnalyses.zlibby();
        List<FunctionInfo> fewer = a.functions().stream()
                .filter(f -> !f.id().equals(SampleAnalyses.F5) && !f.id().equals(SampleAnalyses.F6)).toList();
        CrateAnalysis reanalysed = a.toBuilder().functions(fewer)
                .calls(a.calls().stream().filter(c -> !c.caller().equals(SampleAnalyses.F5)
                        && !c.caller().equals(SampleAnalyses.F6) && !SampleAnalyses.F5.equals(c.callee())).toList())
                .build();
        AnalysisLoader.load(store, List.of(reanalysed), options(Detail.FULL));
        assertEquals(0, count("MATCH (f:Function) WHERE f.name IN ['zlibby::rec', 'zlibby::rec2'] RETURN count(f)"));
        assertEquals(first.get("-CALLS") - 5, count("MATCH ()-[r:CALLS]->() RETURN count(r)"));
        assertEquals(1, count("MATCH (:Function {name:'zlibby::compress'})-[:CALLS]->(:Function {name:'miniz_rs::inflate'}) RETURN count(*)"));
    }

    @Test
    void crossCrateCallsJoinWhicheverCrateLoadsFirst() {
        GraphStore store = TestGraphStores.clean();
        AnalysisLoader.load(store, List.of(SampleAnalyses.zlibby()), options(Detail.FULL));
        // miniz-rs's inflate exists as a stub, without DEFINES
        assertEquals(0, count("MATCH (:Version)-[:DEFINES]->(:Function {name:'miniz_rs::inflate'}) RETURN count(*)"));
        AnalysisLoader.load(store, List.of(SampleAnalyses.minizRs()), options(Detail.FULL));
        assertEquals(1, count("MATCH (f:Function {name:'miniz_rs::inflate'}) RETURN count(f)"));
        // reaches_ffi followed across crates
        assertEquals(1, count("""
                MATCH (:Function {name:'zlibby::compress'})-[:CALLS]->(g:Function)<-[:DEFINES]-(:Version {id:'miniz-rs@0.2.0'})
                WHERE g.reaches_ffi RETURN count(*)"""));
        assertEquals(1, count("""
                MATCH p = (:Function {name:'zlibby::compress'})-[:CALLS*1..3]->(:Function)-[:CALLS_FOREIGN]->(:ForeignFunction {name:'inflate'})
                RETURN count(p)"""));
        assertEquals(2, count("MATCH (v:Version {load_state:'complete'}) RETURN count(v)"));
        assertEquals(1, count("MATCH (v:Version {id:'miniz-rs@0.2.0', analysed:true}) RETURN count(v)"));
    }

    @Test
    void sourceOnlyFactsLandOnTheSameVersionWithoutTouchingFunctions() {
        GraphStore store = TestGraphStores.clean();
        AnalysisLoader.load(store, List.of(SampleAnalyses.zlibby()), options(Detail.FULL));
        CrateAnalysis full = SampleAnalyses.zlibby();
        CrateAnalysis sourceOnly = CrateAnalysis.builder("zlibby", "1.0.0").manifest(full.manifest())
                .unsafeCounters(full.unsafeCounters()).build();
        LoadReport r = AnalysisLoader.load(store, List.of(sourceOnly), options(Detail.FULL));
        assertEquals(1, r.versionsLoaded());
        assertEquals(9, count("MATCH (:Version {id:'zlibby@1.0.0'})-[:DEFINES]->(f) RETURN count(f)"));
        assertEquals(1, count("MATCH (v:Version {id:'zlibby@1.0.0', build_status:'ok', unsafe_total:9}) RETURN count(v)"));
        assertEquals(2, count("MATCH (:Version {id:'zlibby@1.0.0'})-[r:DEPENDS_ON]->() RETURN count(r)"));

        // a source-only analysis of a version never built
        CrateAnalysis other = CrateAnalysis.builder("lonely", "0.1.0").manifest(full.manifest())
                .unsafeCounters(full.unsafeCounters()).build();
        AnalysisLoader.load(store, List.of(other), options(Detail.FULL));
        assertEquals(1, count("MATCH (v:Version {id:'lonely@0.1.0', load_state:'complete'}) WHERE v.analysed IS NULL RETURN count(v)"));
    }

    @Test
    void dependencyScansFillVersionsKnownOnlyByNameAndNeverReplaceAFullerAnalysis() {
        GraphStore store = TestGraphStores.clean();
        AnalysisLoader.load(store, List.of(SampleAnalyses.zlibby()), options(Detail.FULL));
        assertEquals(1, count("MATCH (v:Version {id:'zlibby@1.0.0', analysis:'build', unsafe_rules:'geiger'}) RETURN count(v)"));
        assertEquals(1, count("MATCH (v:Version {id:'miniz-rs@0.2.0', analysed:false}) WHERE v.analysis IS NULL "
                + "AND v.unsafe_total IS NULL RETURN count(v)"));

        // miniz-rs, resolved by zlibby's build, has its sources scanned: counters on the stub, marked as a scan
        UnsafeCounters counted = SampleAnalyses.zlibby().unsafeCounters().withRules(UnsafeRules.COUNT_UNSAFE);
        CrateAnalysis scan = CrateAnalysis.builder("miniz-rs", "0.2.0").build(BuildOutcome.dependencyScan())
                .unsafeCounters(counted).build();
        assertEquals(1, AnalysisLoader.load(store, List.of(scan), options(Detail.FULL)).versionsLoaded());
        assertEquals(1, count("MATCH (v:Version {id:'miniz-rs@0.2.0', analysis:'dependency-source', unsafe_total:9, "
                + "unsafe_rules:'count-unsafe', analysed:false}) RETURN count(v)"));

        // zlibby's own analysis is fuller: a scan of it is left out
        CrateAnalysis zlibbyScan = CrateAnalysis.builder("zlibby", "1.0.0").build(BuildOutcome.dependencyScan())
                .unsafeCounters(counted).build();
        AnalysisLoader.load(store, List.of(zlibbyScan), options(Detail.FULL));
        assertEquals(1, count("MATCH (v:Version {id:'zlibby@1.0.0', analysis:'build', unsafe_rules:'geiger', "
                + "build_status:'ok'}) RETURN count(v)"));

        // and a later build of miniz-rs replaces the scan
        AnalysisLoader.load(store, List.of(SampleAnalyses.minizRs()), options(Detail.FULL));
        assertEquals(1, count("MATCH (v:Version {id:'miniz-rs@0.2.0', analysis:'build', analysed:true}) RETURN count(v)"));
    }

    @Test
    void remoteServerWithAuthentication(@TempDir Path dir) {
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(dir, EmbeddedServerOptions.loopback(0));
             GraphStore remote = GraphStore.open(new ConnectionSettings(server.boltUri(), "neo4j",
                     PasswordFile.in(dir).read(), null, null, 0))) {
            LoadReport r = AnalysisLoader.load(remote, List.of(SampleAnalyses.zlibby(), SampleAnalyses.minizRs()),
                    options(Detail.BOUNDARY));
            assertEquals(2, r.versionsLoaded());
            try (Session s = remote.session()) {
                assertEquals(7L, s.run("MATCH (f:Function) RETURN count(f)").single().get(0).asLong());
                assertEquals(2L, s.run("MATCH (v:Version {load_state:'complete'}) RETURN count(v)").single().get(0).asLong());
            }
            assertEquals(10L, r.relationships().get("CALLS"));
        }
    }

    @Test
    void badLinesAreReportedWithFileAndLineAndTheRestLoads(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.jsonl");
        java.nio.file.Files.writeString(file, AnalysisJson.toLine(SampleAnalyses.zlibby()) + "\n"
                + "{not json\n"
                + AnalysisJson.toLine(SampleAnalyses.minizRs()) + "\n");
        LoadReport r = new AnalysisLoader(TestGraphStores.clean(), options(Detail.FULL)).loadFile(file);
        assertEquals(2, r.versionsLoaded());
        assertEquals(1, r.failed().size());
        assertEquals(file + ":2", r.failed().get(0).what());
        assertEquals(2, count("MATCH (v:Version {load_state:'complete'}) RETURN count(v)"));
        assertEquals(1, count("MATCH ()-[c:CALLS {kind:'direct', provenance:'BOTH'}]->(:Function {name:'zlibby::helper'}) RETURN count(c)"));
    }
}
