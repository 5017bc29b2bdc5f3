package dev.easel.queries.report;

import dev.easel.queries.QueryResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's "Security advisories" section: how many findings of a lock-file audit the call graph confirms, per
 * advisory and in total, the shortest paths, and the advisories on native code.
 */
final class AdvisorySection {

    private AdvisorySection() {
    }

    /** Totals over every advisory row of advisory-exposure. */
    record Totals(long advisories, long naming, long auditedNaming, long reachingNaming, long notNaming,
                  long auditedNotNaming) {

        static Totals of(QueryResult exposure) {
            long naming = 0;
            long audited = 0;
            long reaching = 0;
            long apart = 0;
            long auditedApart = 0;
            for (int i = 0; i < exposure.size(); i++) {
                if (exposure.get(i, "reaching") != null) {
                    naming++;
                    audited += exposure.getLong(i, "audited");
                    reaching += exposure.getLong(i, "reaching");
                } else {
                    apart++;
                    auditedApart += exposure.getLong(i, "audited");
                }
            }
            return new Totals(exposure.size(), naming, audited, reaching, apart, auditedApart);
        }
    }

    static void add(ReportData data, List<ReportChart> charts, List<ReportBlock> b) {
        b.add(new ReportBlock.Heading(2, "Security advisories"));
        QueryResult exposure = data.advisoryExposure();
        if (exposure.size() == 0) {
            b.add(new ReportBlock.Paragraph("No advisory affects a version an analysed crate resolved to (or none were "
                    + "imported: easel advisories import PATH). Query: advisory-exposure."));
            return;
        }
        Totals t = Totals.of(exposure);
        b.add(new ReportBlock.Paragraph("A lock-file audit (cargo-audit, cargo-deny) flags every crate whose resolved "
                + "dependencies include a version an advisory affects. Where the advisory names the vulnerable "
                + "functions, the call graph tells which of those crates can actually reach one (REACHES, computed "
                + "by easel advisories import). Query: advisory-exposure."));
        List<String> bullets = new ArrayList<>();
        bullets.add(ReportGenerator.count(t.advisories()) + " advisories affect a version some analysed crate resolved.");
        bullets.add(ReportGenerator.count(t.naming()) + " of them name functions the graph holds: of their "
                + ReportGenerator.count(t.auditedNaming()) + " audit findings (crate, advisory), "
                + ReportGenerator.count(t.reachingNaming()) + " reach a named function ("
                + ReportGenerator.pct(t.auditedNaming() == 0 ? 0 : 100.0 * t.reachingNaming() / t.auditedNaming())
                + "); the call graph clears the other " + ReportGenerator.count(t.auditedNaming() - t.reachingNaming())
                + ".");
        bullets.add(ReportGenerator.count(t.notNaming()) + " name no function (or none the graph holds), counted apart: "
                + "their " + ReportGenerator.count(t.auditedNotNaming()) + " findings cannot be confirmed or cleared.");
        b.add(new ReportBlock.Bullets(bullets));
        ReportGenerator.figure(charts, "advisory-exposure", b);
        b.add(ReportGenerator.table(new QueryResult(exposure.columns(),
                exposure.rows().subList(0, Math.min(ReportData.TOP, exposure.size())))));
        b.add(new ReportBlock.Paragraph("Shortest call paths from a crate to a named function. Query: vulnerable-reach."));
        b.add(ReportGenerator.table(data.vulnerableReach()));
        b.add(new ReportBlock.Paragraph("Advisories on -sys crates and on crates that link or bundle native code, with "
                + "the crates that call into those libraries. Query: native-advisories."));
        b.add(ReportGenerator.table(data.nativeAdvisories()));
    }
}
