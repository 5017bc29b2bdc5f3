package dev.easel.analyzer.typosquat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name the selected checks lead to from the corpus, generated once: canonical candidate name to the popular
 * crates it may squat and by which checks. Each value is a small int[] of {@code popular index << 8 | check bits}
 * (the corpus index and one bit per {@link Check} ordinal), so the map holds no objects per hit.
 */
final class CandidateIndex {

    private final Map<String, int[]> candidates = new HashMap<>();
    private long generated;

    CandidateIndex(List<PopularCrate> corpus, Set<Check> checks) {
        if (corpus.size() >= 1 << 23) {
            throw new IllegalArgumentException("corpus too large: " + corpus.size());
        }
        for (int p = 0; p < corpus.size(); p++) {
            String raw = corpus.get(p).name();
            String canonical = CrateNames.canonical(raw);
            for (Check check : checks) {
                int entry = p << 8 | 1 << check.ordinal();
                Variants.of(check, raw, canonical, v -> add(v, canonical, entry));
            }
        }
    }

    private void add(String variant, String popular, int entry) {
        generated++;
        if (variant.isEmpty() || variant.equals(popular) || !canonical(variant)) {
            return;
        }
        int[] hits = candidates.get(variant);
        if (hits == null) {
            candidates.put(variant, new int[] {entry});
            return;
        }
        int popularIndex = entry >>> 8;
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] >>> 8 == popularIndex) {
                hits[i] |= entry;
                return;
            }
        }
        int[] grown = Arrays.copyOf(hits, hits.length + 1);
        grown[hits.length] = entry;
        candidates.put(variant, grown);
    }

    private static boolean canonical(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (!CrateNames.canonicalChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The entries for a canonical name, null when no check leads to it. */
    int[] get(String canonicalName) {
        return candidates.get(canonicalName);
    }

    /** Distinct candidate names. */
    int size() {
        return candidates.size();
    }

    /** Variants produced, before dropping duplicates and names equal to their popular crate's. */
    long generated() {
        return generated;
    }

    static int popularIndex(int entry) {
        return entry >>> 8;
    }

    static boolean has(int entry, Check check) {
        return (entry & 1 << check.ordinal()) != 0;
    }
}
