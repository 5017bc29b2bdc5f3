package dev.easel.graph.load;

import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.Provenance;
import dev.easel.analyzer.model.ResolvedDependency;
import dev.easel.graph.callgraph.Detail;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.schema.IndexKey;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.util.List;
import java.util.Map;

import static dev.easel.graph.db.TestGraphStores.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A demangled generic path can run to many kilobytes (rsass 0.27.0 has one of 10,351 bytes); Neo4j's range indexes
 * refuse such a value, and with it the whole transaction. Loading must still load the version: ids and the indexed
 * name key are bounded, the full name stays a property.
 */
class LongNamesTest {

    private static final String OWN = "_RNvCs1_4huge5giant";
    private static final String CALLER = "_RNvCs1_4huge6caller";
    private static final String OTHER = "_RNvCs2_3dep5giant";

    /** A generic path of {@code size} characters: what monomorphised nested closures and iterators look like. */
    private static String giant(String crate, int size) {
        StringBuilder sb = new StringBuilder(crate).append("::giant::<");
        int depth = 0;
        while (sb.length() < size - 200) {
            sb.append("core::iter::adapters::map::Map<");
            depth++;
        }
        sb.append("u8");
        sb.append(">".repeat(depth)).append(">");
        return sb.toString();
    }

    private static CrateAnalysis huge(String ownName, String otherName, String symbol) {
        return CrateAnalysis.builder("huge", "1.0.0")
                .build(new BuildOutcome(BuildOutcome.Status.OK, null, List.of(), "ok", null, "rustc 1.95.0", "", false,
                        1))
                .resolved(List.of(new ResolvedDependency("dep", "2.0.0", DependencyKind.NORMAL, "dep")))
                .functions(List.of(
                        new FunctionInfo(CALLER, "huge::caller", "huge", null, "src/lib.rs", 1, "external", true,
                                false, Provenance.IR),
                        new FunctionInfo(OWN, ownName, "huge", null, "src/lib.rs", 5, "internal", false, true,
                                Provenance.IR)))
                .calls(List.of(new CallEdge(CALLER, OWN, ownName, "huge", CallEdge.Kind.DIRECT, 1, Provenance.IR),
                        new CallEdge(CALLER, OTHER, otherName, "dep", CallEdge.Kind.DIRECT, 2, Provenance.IR)))
                .foreignCalls(List.of(new ForeignCall(OWN, symbol, 1, "cxx")))
                .build();
    }

    @Test
    void aFunctionNamed100KilobytesLoads() {
        String ownName = giant("huge", 100_000);
        String otherName = giant("dep", 20_000);
        String symbol = "_ZN" + "x".repeat(5000) + "E";
        GraphStore store = TestGraphStores.clean();
        LoadReport report = AnalysisLoader.load(store, List.of(huge(ownName, otherName, symbol)),
                LoadOptions.defaults().withDetail(Detail.FULL));
        assertEquals(List.of(), report.failed());
        assertEquals(1, report.versionsLoaded());
        assertTrue(ownName.length() >= 99_800, "the name is about 100 kB: " + ownName.length());

        try (Session s = store.session()) {
            Map<String, Object> f = s.run("MATCH (:Version {id: 'huge@1.0.0'})-[:DEFINES]->(f:Function) "
                    + "WHERE f.line = 5 RETURN f{.*} AS f").single().get("f").asMap();
            assertEquals(ownName, f.get("name"), "the full name stays a property");
            assertEquals(IndexKey.of(ownName), f.get("name_key"));
            assertTrue(((String) f.get("name_key")).length() < IndexKey.MAX_CHARS);
            assertTrue(((String) f.get("name_key")).startsWith("huge::giant::<core::iter::adapters::map::Map<"));
            // the indexed key finds it, and so does a prefix search
            assertEquals(1, s.run("MATCH (f:Function {name_key: $k}) RETURN count(f)",
                    Map.of("k", IndexKey.of(ownName))).single().get(0).asLong());
            assertEquals(1, s.run("MATCH (f:Function) WHERE f.name_key STARTS WITH 'huge::giant::<core' "
                    + "RETURN count(f)").single().get(0).asLong());
            // the cross-crate callee is keyed by the same bounded id dep's own load would give it
            assertEquals(1, s.run("MATCH (:Function {name: 'huge::caller'})-[:CALLS {count: 2}]->(g:Function "
                    + "{id: $id}) WHERE g.name = $name RETURN count(g)", Map.of("id",
                    IndexKey.of("dep@2.0.0#" + otherName), "name", otherName)).single().get(0).asLong());
            assertEquals(symbol, s.run("MATCH (:Function)-[:CALLS_FOREIGN]->(x:ForeignFunction)-[:PROVIDED_BY]->"
                    + "(:NativeLibrary {name: 'cxx'}) RETURN x.full_name AS n").single().get("n").asString());
        }
        // loading it again changes nothing
        long before = count("MATCH (n) RETURN count(n)") * 1_000_000 + count("MATCH ()-[r]->() RETURN count(r)");
        LoadReport again = AnalysisLoader.load(store, List.of(huge(ownName, otherName, symbol)),
                LoadOptions.defaults().withDetail(Detail.FULL));
        assertEquals(List.of(), again.failed());
        assertEquals(before, count("MATCH (n) RETURN count(n)") * 1_000_000 + count("MATCH ()-[r]->() RETURN count(r)"));
    }

    @Test
    void shortValuesAreTheirOwnKeys() {
        assertEquals("base_lib::answer", IndexKey.of("base_lib::answer"));
        String exactly = "a".repeat(IndexKey.MAX_CHARS);
        assertEquals(exactly, IndexKey.of(exactly));
        String longer = exactly + "b";
        assertEquals("a".repeat(IndexKey.PREFIX_CHARS) + "…#", IndexKey.of(longer).substring(0,
                IndexKey.PREFIX_CHARS + 2));
        assertEquals(IndexKey.of(longer), IndexKey.of(exactly + "b"), "the same value, the same key");
        assertTrue(!IndexKey.of(longer).equals(IndexKey.of(exactly + "c")), "another value, another key");
        assertEquals(IndexKey.PREFIX_CHARS + 2 + 64, IndexKey.of(longer).length());
        assertTrue(IndexKey.shortens(longer));
    }
}
