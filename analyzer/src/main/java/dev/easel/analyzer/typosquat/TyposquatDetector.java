package dev.easel.analyzer.typosquat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks crate names against a corpus of popular crates. Built once (the candidate names of every check are generated
 * then); {@link #check} is a hash lookup per name and safe from any thread.
 *
 * <p>Rules, as Typomania's harness and crates.io apply them: names compare canonically; a name that is itself in the
 * corpus is not checked (a popular crate does not squat another); a candidate counts only when its name differs from
 * the popular one and the two crates share no owner (crates without known owners share none).
 */
public final class TyposquatDetector {

    /**
     * What was built.
     *
     * @param corpus     popular crates (distinct canonical names)
     * @param generated  candidate names the checks produced, duplicates included
     * @param candidates distinct candidate names in the lookup table
     */
    public record Stats(int corpus, long generated, int candidates) {
    }

    private final List<PopularCrate> corpus;
    private final Map<String, Integer> corpusIndex = new HashMap<>();
    private final Set<Check> checks;
    private final CandidateIndex index;
    private final long mostDownloads;

    /**
     * @param corpus the popular crates; a second crate with the same canonical name is ignored
     * @param checks the checks to run, at least one
     */
    public TyposquatDetector(List<PopularCrate> corpus, Set<Check> checks) {
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("no check selected");
        }
        List<PopularCrate> distinct = new ArrayList<>();
        for (PopularCrate p : corpus) {
            if (corpusIndex.putIfAbsent(CrateNames.canonical(p.name()), distinct.size()) == null) {
                distinct.add(p);
            }
        }
        this.corpus = List.copyOf(distinct);
        this.checks = Collections.unmodifiableSet(EnumSet.copyOf(checks));
        this.index = new CandidateIndex(this.corpus, this.checks);
        this.mostDownloads = this.corpus.stream().mapToLong(PopularCrate::downloads).max().orElse(0);
    }

    public Stats stats() {
        return new Stats(corpus.size(), index.generated(), index.size());
    }

    /**
     * The popular crates this name may squat, highest score first (then by popular name).
     *
     * @param name   the crate's name as published
     * @param owners its owner keys, as in {@link PopularCrate#owners()}
     */
    public List<Suspect> check(String name, Set<String> owners) {
        String canonical = CrateNames.canonical(name);
        if (corpusIndex.containsKey(canonical)) {
            return List.of();
        }
        Map<Integer, Set<Check>> hits = new LinkedHashMap<>();
        int[] entries = index.get(canonical);
        if (entries != null) {
            for (int entry : entries) {
                Set<Check> fired = hits.computeIfAbsent(CandidateIndex.popularIndex(entry),
                        k -> EnumSet.noneOf(Check.class));
                for (Check c : checks) {
                    if (CandidateIndex.has(entry, c)) {
                        fired.add(c);
                    }
                }
            }
        }
        if (checks.contains(Check.VERSION_SUFFIX)) {
            String stem = Variants.versionStem(canonical);
            Integer popular = stem == null ? null : corpusIndex.get(stem);
            if (popular != null) {
                hits.computeIfAbsent(popular, k -> EnumSet.noneOf(Check.class)).add(Check.VERSION_SUFFIX);
            }
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        List<Suspect> out = new ArrayList<>();
        hits.forEach((p, fired) -> {
            PopularCrate popular = corpus.get(p);
            if (Collections.disjoint(popular.owners(), owners)) {
                out.add(new Suspect(name, popular.name(), fired,
                        SquatScore.of(fired, popular.downloads(), mostDownloads)));
            }
        });
        out.sort(Comparator.comparingDouble(Suspect::score).reversed().thenComparing(Suspect::popular));
        return out;
    }
}
