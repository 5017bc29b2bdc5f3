package dev.easel.queries;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.easel.queries.CannedQueriesTest.row;
import static dev.easel.queries.CannedQueriesTest.rows;
import static dev.easel.queries.CannedQueriesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The download and typosquatting queries on the fixture graph (downloads and owners at the end of its file). */
class SupplyChainQueriesTest {

    @BeforeAll
    static void loadFixture() {
        CannedQueriesTest.loadFixture();
    }

    @Test
    void possibleTyposquatsNewestFirst() {
        assertEquals(rows(
                row("openssl-rs", "openssl", List.of("affix"), 0.241, List.of("user:mallory"), List.of("user:sfackler"),
                        "2025-03-01 09:00:00", "2014-11-20 00:00:00", 4, 250),
                row("flate3", "flate2", List.of("typo"), 0.452, List.of("user:mallory"),
                        List.of("team:github:rust-lang:libs", "user:alexcrichton"),
                        "2025-02-01 09:00:00", "2014-11-26 02:33:06", 3, 400)),
                run("possible-typosquats").rows());
        assertEquals(List.of("flate3"), CannedQueriesTest.column(run("possible-typosquats", "check", "typo"), "suspect"));
        assertEquals(0, run("possible-typosquats", "check", "bitflip").size());
    }

    @Test
    void topCratesByDownloadsWithTheirUnsafeAndFfiFacts() {
        List<Object> notAnalysed = row(null, false, null, null, null, null, null);
        assertEquals(rows(
                row("libc", 1000, 100, "0.2.150", true, 150, 900, 0, List.of(), 0),
                withFacts(row("cc", 900, null), notAnalysed),
                withFacts(row("pkg-config", 600, null), notAnalysed),
                row("flate2", 400, 50, "1.0.30", true, 12, 0, 2, List.of(), 0),
                row("ring", 350, 60, "0.17.8", true, 250, 120, 1, List.of("ring_core_0_17_8_"), 52000),
                row("libz-sys", 300, 30, "1.1.20", true, 3, 80, 0, List.of("z"), 18000),
                row("openssl", 250, 40, "0.10.60", true, 400, 0, 4, List.of(), 0),
                row("openssl-sys", 200, null, "0.9.100", true, 20, 3000, 1, List.of("crypto", "ssl"), 0),
                row("native-tls", 100, null, "0.2.11", true, 0, 0, 0, List.of(), 0),
                row("curl-sys", 80, null, "0.4.70", true, 2, 500, 0, List.of(), 0),
                withFacts(row("quickcheck", 70, null), notAnalysed),
                row("http-client", 50, null, "0.3.0", true, 1, 0, 1, List.of(), 0),
                withFacts(row("tokio-test", 40, null), notAnalysed),
                row("hashlib-capi", 5, null, "1.0.0", true, 4, 0, 0, List.of(), 40),
                withFacts(row("openssl-rs", 4, null), notAnalysed),
                withFacts(row("flate3", 3, null), notAnalysed),
                row("tensor-sys", 2, null, "0.1.0", true, 1, 0, 0, List.of(), 90000)),
                run("top-crates-by-downloads").rows());
        assertEquals(List.of("libc", "ring", "flate2", "openssl", "libz-sys"),
                CannedQueriesTest.column(run("top-crates-by-downloads", "by", "recent_downloads"), "crate"));
        assertEquals(List.of("libc", "cc"), CannedQueriesTest.column(run("top-crates-by-downloads", 2), "crate"));
    }

    private static List<Object> withFacts(List<Object> head, List<Object> facts) {
        List<Object> out = new java.util.ArrayList<>(head);
        out.addAll(facts);
        return out;
    }

    @Test
    void downloadSharesBesideTheCountsWithCoverage() {
        assertEquals(rows(
                row("crates in the graph", 19, 100.0, 4354, 100.0),
                row("analysed (latest version)", 13, 68.42, 2737, 62.86),
                row("analysed, no download count", 2, 15.38, null, null),
                row("use unsafe", 10, 76.92, 2637, 96.35),
                row("declare or call C functions", 8, 61.54, 2630, 96.09),
                row("link ring_core_0_17_8_", 1, 7.69, 350, 12.79),
                row("link z", 1, 7.69, 300, 10.96),
                row("link crypto", 1, 7.69, 200, 7.31),
                row("link ssl", 1, 7.69, 200, 7.31)), run("download-shares").rows());
        assertEquals(rows(
                row("crates in the graph", 19, 100.0, 280, 100.0),
                row("analysed (latest version)", 13, 68.42, 280, 100.0),
                row("analysed, no download count", 8, 61.54, null, null),
                row("use unsafe", 10, 76.92, 280, 100.0),
                row("declare or call C functions", 8, 61.54, 280, 100.0),
                row("link ring_core_0_17_8_", 1, 7.69, 60, 21.43),
                row("link z", 1, 7.69, 30, 10.71)),
                run("download-shares", 2, "by", "recent_downloads").rows(), "--limit 2 libraries");
    }
}
