package dev.easel.graph.index;

import dev.easel.analyzer.index.DbDumpReader;
import dev.easel.analyzer.index.RegistryIndexReader;
import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.load.AnalysisLoader;
import dev.easel.graph.load.GraphCounts;
import dev.easel.graph.load.LoadOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.easel.graph.db.TestGraphStores.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IndexLoaderTest {

    static final Path DUMPS = Path.of("../testdata/dumps").toAbsolutePath().normalize();

    private static IndexLoader.Report loadDump(GraphStore store) throws Exception {
        IndexLoader loader = new IndexLoader(store, 3); // small batches: several flushes of every kind
        DbDumpReader.read(DUMPS.resolve("2024-06-01-020030"), loader);
        return loader.finish();
    }

    @Test
    void dbDumpLoadsCratesVersionsDependenciesAndLatest() throws Exception {
        GraphStore store = TestGraphStores.clean();
        IndexLoader.Report report = loadDump(store);
        assertEquals(6, report.crates());
        assertEquals(11, report.versions());
        assertEquals(7, report.dependencies());
        assertEquals(6, report.latest());
        assertEquals(2, report.problems().size(), report.problems().toString());

        assertEquals(6, count("MATCH (c:Crate) RETURN count(c)"));
        assertEquals(11, count("MATCH (v:Version)-[:VERSION_OF]->(:Crate) RETURN count(v)"));
        assertEquals(7, count("MATCH (:Version)-[d:DEPENDS_ON]->(:Crate) RETURN count(d)"));
        assertEquals(6, count("MATCH (v:Version {latest: true}) RETURN count(v)"));
        assertEquals(5, count("MATCH (v:Version {latest: false}) RETURN count(v)"));
        assertEquals(1, count("MATCH (v:Version {id:'libc@0.2.150', latest:true, major:0, minor:2, patch:150}) RETURN count(v)"));
        assertEquals(1, count("MATCH (v:Version {id:'libc@0.2.151', yanked:true, latest:false}) RETURN count(v)"));
        assertEquals(1, count("MATCH (v:Version {id:'odd-pre@0.0.1-pre', latest:true, pre:'pre'}) RETURN count(v)"));
        assertEquals(1, count("MATCH (v:Version {id:'flate2@1.0.25', latest:true}) RETURN count(v)"));
        assertEquals(1, count("MATCH (v:Version {id:'libz-sys@1.1.9', links:'z', latest:true}) RETURN count(v)"));
        assertEquals(1, count("""
                MATCH (:Version {id:'flate2@1.0.25'})-[d:DEPENDS_ON {requirement:'^1.1.0', kind:'normal', optional:true,
                       default_features:false, features:['static', 'with space']}]->(:Crate {name:'libz-sys'})
                RETURN count(d)"""));
        assertEquals(1, count("""
                MATCH (:Version {id:'libz-sys@1.1.9'})-[d:DEPENDS_ON {kind:'build', target:'cfg(target_env = "msvc")'}]->(:Crate {name:'vcpkg'})
                RETURN count(d)"""));
        assertEquals(1, count("MATCH (:Version {id:'flate2@1.0.25'})-[d:DEPENDS_ON {kind:'dev', rename:'libc_dev'}]->(:Crate {name:'libc'}) RETURN count(d)"));
    }

    @Test
    void importingTwiceChangesNothingAndAnalysesAttachToTheSameVersions() throws Exception {
        GraphStore store = TestGraphStores.clean();
        loadDump(store);
        Map<String, Long> once = GraphCounts.of(store);
        loadDump(store);
        assertEquals(once, GraphCounts.of(store));

        CrateAnalysis built = CrateAnalysis.builder("libz-sys", "1.1.9")
                .build(new BuildOutcome(BuildOutcome.Status.FAILED, BuildOutcome.FailureClass.MISSING_NATIVE_LIBRARY,
                        List.of("z"), "zlib not found", null, "rustc 1.95.0", "", false, 1))
                .build();
        AnalysisLoader.load(store, List.of(built), LoadOptions.defaults());
        assertEquals(2, count("MATCH (v:Version {name:'libz-sys'}) RETURN count(v)"));
        assertEquals(1, count("""
                MATCH (v:Version {id:'libz-sys@1.1.9', latest:true, yanked:false, analysed:true, build_status:'failed',
                       failure:'missing_native_library', missing_libraries:['z']})
                RETURN count(v)"""));
    }

    @Test
    void registryIndexLoadsTheSameShapes() throws Exception {
        GraphStore store = TestGraphStores.clean();
        IndexLoader loader = new IndexLoader(store, 1000);
        RegistryIndexReader.Stats stats = RegistryIndexReader.read(DUMPS.resolve("registry-index"), loader);
        IndexLoader.Report report = loader.finish();
        assertEquals(stats.versions(), report.versions());
        assertEquals(stats.versions(), count("MATCH (v:Version)-[:VERSION_OF]->(:Crate) RETURN count(v)"));
        assertEquals(stats.dependencies(), count("MATCH (:Version)-[d:DEPENDS_ON]->(:Crate) RETURN count(d)"));
        // every crate with a non-yanked version has exactly one latest
        assertEquals(0, count("""
                MATCH (c:Crate)<-[:VERSION_OF]-(v:Version) WITH c, sum(CASE WHEN v.latest THEN 1 ELSE 0 END) AS latest,
                     sum(CASE WHEN v.yanked THEN 0 ELSE 1 END) AS live
                WHERE (live > 0 AND latest <> 1) OR (live = 0 AND latest <> 0) RETURN count(c)"""));
        assertEquals(1, count("MATCH (v:Version {id:'libz-sys@1.1.12', links:'z', rust_version:'1.56'}) RETURN count(v)"));
    }
}
