package dev.easel.graph.typosquat;

import dev.easel.analyzer.index.DbDumpReader;
import dev.easel.analyzer.typosquat.Check;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.db.TestGraphStores;
import dev.easel.graph.index.IndexLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** testdata/dumps/supply-chain imported into the real embedded Neo4j, then checked (facts in the dump's README). */
class TyposquatWriterTest {

    static final Path DUMP = Path.of("../testdata/dumps/supply-chain/2025-03-01-020001").toAbsolutePath().normalize();
    static final List<String> EVERY_SQUAT = List.of(
            "claap -> clap [repeated] 0.528",
            "openssi -> openssl [typo] 0.501",
            "rand2 -> rand [version-suffix] 0.292",
            "regxe -> regex [swapped-characters] 0.638",
            "reqest -> reqwest [omitted] 0.561",
            "rqnd -> rand [bitflip, typo] 0.778",
            "serde-rs -> serde [affix] 0.3",
            "tocio -> tokio [bitflip] 0.494",
            "util-futures -> futures-util [swapped-words] 0.402");

    private static GraphStore store;

    @BeforeAll
    static void importDump() throws Exception {
        store = TestGraphStores.clean();
        IndexLoader loader = new IndexLoader(store, 1000);
        DbDumpReader.read(DUMP, loader);
        loader.finish();
    }

    static List<String> squats() {
        try (Session s = store.session()) {
            return s.run("""
                    MATCH (a:Crate)-[m:MAY_SQUAT]->(b:Crate)
                    RETURN a.name + ' -> ' + b.name + ' ['
                           + reduce(t = '', c IN m.checks | t + CASE t WHEN '' THEN '' ELSE ', ' END + c) + '] '
                           + toString(m.score) AS squat
                    ORDER BY squat""").list(r -> r.get("squat").asString());
        }
    }

    @Test
    void oneSquatPerCheckAndNoneOnSharedOwnersOrUnrelatedNames() {
        TyposquatWriter.Report report = TyposquatWriter.run(store,
                new TyposquatWriter.Options(9, null, EnumSet.allOf(Check.class)));
        assertEquals(EVERY_SQUAT, squats());
        assertEquals(9, report.corpus());
        assertEquals(21, report.namesChecked());
        assertEquals(9, report.suspects());
        assertEquals(9, report.relationships());
        assertEquals(List.of(), report.notInGraph());

        // a second run replaces the first, with only the checks asked for
        TyposquatWriter.Report again = TyposquatWriter.run(store,
                new TyposquatWriter.Options(9, null, Check.parse("bitflip,typo")));
        assertEquals(9, again.removed());
        assertEquals(List.of(
                "openssi -> openssl [typo] 0.501",
                "rqnd -> rand [bitflip, typo] 0.778",
                "tocio -> tokio [bitflip] 0.494"), squats());
    }

    @Test
    void aSmallerCorpusOrANamedOne() {
        // the top 3 by downloads: serde, tokio, rand
        TyposquatWriter.run(store, new TyposquatWriter.Options(3, null, EnumSet.allOf(Check.class)));
        assertEquals(List.of(
                "rand2 -> rand [version-suffix] 0.292",
                "rqnd -> rand [bitflip, typo] 0.778",
                "serde-rs -> serde [affix] 0.3",
                "tocio -> tokio [bitflip] 0.494"), squats());

        TyposquatWriter.Report named = TyposquatWriter.run(store,
                new TyposquatWriter.Options(1, List.of("regex", "no-such-crate"), Set.of(Check.SWAPPED_CHARACTERS)));
        assertEquals(List.of("no-such-crate"), named.notInGraph());
        assertEquals(1, named.corpus());
        assertEquals(List.of("regxe -> regex [swapped-characters] 0.7"), squats());

        assertThrows(IllegalStateException.class, () -> TyposquatWriter.run(store,
                new TyposquatWriter.Options(1, List.of("no-such-crate"), Set.of(Check.TYPO))));
        assertEquals(List.of("regxe -> regex [swapped-characters] 0.7"), squats(), "a failed run leaves the last results");
    }
}
