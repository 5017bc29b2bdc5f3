package dev.easel.bench.typosquat;

import dev.easel.analyzer.index.DbDumpReader;
import dev.easel.analyzer.index.IndexCrate;
import dev.easel.analyzer.index.IndexCrateDownloads;
import dev.easel.analyzer.index.IndexOwner;
import dev.easel.analyzer.index.IndexSink;
import dev.easel.analyzer.typosquat.Check;
import dev.easel.analyzer.typosquat.PopularCrate;
import dev.easel.analyzer.typosquat.Suspect;
import dev.easel.analyzer.typosquat.TyposquatDetector;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a db-dump's crate names, downloads and owners, takes the {@code top} most downloaded as the corpus, and checks
 * every name with {@link TyposquatDetector} (all checks): the time to build the candidate table plus the time to
 * check every name is the figure. The baseline in the same run is what the candidate table avoids: the restricted
 * Damerau-Levenshtein distance (optimal string alignment, full dynamic programme) of each name against every corpus
 * name, timed on an evenly spaced sample of names and extrapolated to all of them.
 */
public final class TyposquatBenchmark {

    /**
     * @param names               crate names checked
     * @param corpus              popular crates
     * @param generated           candidate names the checks produced, duplicates included
     * @param candidates          distinct candidate names
     * @param suspects            names with at least one suspect pair
     * @param pairs               (suspect, popular) pairs found
     * @param readSeconds         reading the dump (not part of the figure)
     * @param buildSeconds        generating the candidate table
     * @param checkSeconds        checking every name
     * @param sample              names in the baseline's sample
     * @param baselineSeconds     pairwise distances of the sample against the corpus
     * @param baselineNear        sample pairs at distance 1 (what one edit finds, for scale)
     */
    public record Result(int names, int corpus, long generated, int candidates, int suspects, long pairs,
                         double readSeconds, double buildSeconds, double checkSeconds, int sample,
                         double baselineSeconds, long baselineNear) {

        public double seconds() {
            return buildSeconds + checkSeconds;
        }

        /** The baseline's time for every name, extrapolated from the sample. */
        public double baselineExtrapolatedSeconds() {
            return baselineSeconds * names / sample;
        }

        public double speedup() {
            return baselineExtrapolatedSeconds() / seconds();
        }
    }

    private TyposquatBenchmark() {
    }

    public static Result run(Path dump, int top, int sample, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        Crates crates = new Crates();
        DbDumpReader.read(dump, crates);
        double read = seconds(t0);
        List<PopularCrate> corpus = crates.names.stream()
                .filter(crates.downloads::containsKey)
                .sorted(Comparator.comparingLong((String n) -> crates.downloads.get(n)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .limit(top)
                .map(n -> new PopularCrate(n, crates.downloads.get(n), crates.owners(n)))
                .toList();

        long t1 = System.nanoTime();
        TyposquatDetector detector = new TyposquatDetector(corpus, EnumSet.allOf(Check.class));
        double build = seconds(t1);
        long t2 = System.nanoTime();
        int suspects = 0;
        long pairs = 0;
        for (String name : crates.names) {
            List<Suspect> found = detector.check(name, crates.owners(name));
            suspects += found.isEmpty() ? 0 : 1;
            pairs += found.size();
        }
        double check = seconds(t2);
        TyposquatDetector.Stats stats = detector.stats();

        int n = crates.names.size();
        int sampleSize = Math.max(1, Math.min(sample, n));
        long t3 = System.nanoTime();
        long near = 0;
        for (int i = 0; i < sampleSize; i++) {
            String name = crates.names.get((int) ((long) i * n / sampleSize));
            for (PopularCrate p : corpus) {
                if (osaDistance(name, p.name()) == 1) {
                    near++;
                }
            }
        }
        double baseline = seconds(t3);

        Result r = new Result(n, corpus.size(), stats.generated(), stats.candidates(), suspects, pairs, read, build,
                check, sampleSize, baseline, near);
        out.printf("typosquat %s: %,d names against the top %,d by downloads, all %d checks%n", dump.getFileName(),
                r.names(), r.corpus(), Check.values().length);
        out.printf("  candidates generated: %,d (%,d distinct names, %.0f per popular crate)%n", r.generated(),
                r.candidates(), (double) r.generated() / Math.max(1, r.corpus()));
        out.printf("  suspects: %,d names, %,d pairs (owner rule applied)%n", r.suspects(), r.pairs());
        out.printf("  candidate table: %.2f s to build + %.2f s to check every name = %.2f s (reading the dump: %.1f s)%n",
                build, check, r.seconds(), read);
        out.printf("  baseline pairwise Damerau-Levenshtein: %.2f s for %,d names x %,d = %,.0f s extrapolated to all "
                + "names (%,d sample pairs at distance 1); %,.0fx faster%n", baseline, sampleSize, r.corpus(),
                r.baselineExtrapolatedSeconds(), near, r.speedup());
        return r;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** Restricted Damerau-Levenshtein (optimal string alignment): insertions, deletions, substitutions, adjacent swaps. */
    static int osaDistance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }

    /** Crate names in dump order, their downloads and owner ids. */
    private static final class Crates implements IndexSink {
        final List<String> names = new ArrayList<>();
        final Map<String, Long> downloads = new HashMap<>();
        private final Map<String, Set<String>> owners = new HashMap<>();

        @Override
        public void crate(IndexCrate c) {
            names.add(c.name());
            if (c.downloads() != null) {
                downloads.put(c.name(), c.downloads());
            }
        }

        @Override
        public void crateDownloads(IndexCrateDownloads d) {
            downloads.put(d.crate(), d.downloads());
        }

        @Override
        public void owner(IndexOwner o) {
            owners.computeIfAbsent(o.crate(), k -> new HashSet<>(2)).add(o.id());
        }

        Set<String> owners(String crate) {
            return owners.getOrDefault(crate, Set.of());
        }
    }
}
