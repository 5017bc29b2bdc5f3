package dev.easel.analyzer.intake;

import dev.easel.analyzer.model.LatestVersion;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.SemVer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Applies the names filter, latest-only and the limit, in a deterministic order: name, then semver, then folder. */
final class CrateSelection {

    /** Versions that are not semver sort first. */
    static final Comparator<CrateInput> ORDER = Comparator.comparing(CrateInput::name)
            .thenComparing(CrateInput::semver, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CrateInput::version)
            .thenComparing(c -> c.folder().toString());

    private CrateSelection() {
    }

    static List<CrateInput> select(List<CrateInput> found, IntakeOptions options, List<Problem> problems) {
        List<CrateInput> out = new ArrayList<>();
        TreeSet<String> missing = new TreeSet<>(options.crates());
        for (CrateInput c : found) {
            if (options.crates().isEmpty() || options.crates().contains(c.name())) {
                out.add(c);
                missing.remove(c.name());
            }
        }
        for (String name : missing) {
            problems.add(new Problem(Problem.Stage.INTAKE, null, 0, "crate '" + name + "' was asked for but not found"));
        }
        if (options.latestOnly()) {
            out = latest(out);
        }
        out.sort(ORDER);
        if (options.limit() > 0 && out.size() > options.limit()) {
            out = new ArrayList<>(out.subList(0, options.limit()));
        }
        return out;
    }

    /** Per name, the latest version by {@link LatestVersion} (no yanked versions here: folders know none). */
    private static List<CrateInput> latest(List<CrateInput> crates) {
        Map<String, CrateInput> best = new HashMap<>();
        for (CrateInput c : crates) {
            best.merge(c.name(), c, (a, b) -> better(a, b) ? a : b);
        }
        return new ArrayList<>(best.values());
    }

    private static boolean better(CrateInput a, CrateInput b) {
        SemVer x = a.semver();
        SemVer y = b.semver();
        if (x == null || y == null) {
            return y == null && (x != null || ORDER.compare(a, b) >= 0);
        }
        int c = LatestVersion.PREFERENCE.compare(x, y);
        return c != 0 ? c > 0 : ORDER.compare(a, b) <= 0; // equal versions: the first in order wins, deterministically
    }
}
