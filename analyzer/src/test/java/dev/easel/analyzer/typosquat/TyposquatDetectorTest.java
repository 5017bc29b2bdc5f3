package dev.easel.analyzer.typosquat;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TyposquatDetectorTest {

    /** The popular crates of testdata/dumps/supply-chain, most downloaded first. */
    static final List<PopularCrate> CORPUS = List.of(
            new PopularCrate("serde", 9000, Set.of("user:dtolnay")),
            new PopularCrate("tokio", 8000, Set.of("user:carllerche", "team:github:tokio-rs:core")),
            new PopularCrate("rand", 7000, Set.of("user:newpavlov")),
            new PopularCrate("serde_json", 6000, Set.of("user:dtolnay")),
            new PopularCrate("reqwest", 5000, Set.of("user:seanmonstar")),
            new PopularCrate("regex", 4000, Set.of("user:BurntSushi", "team:github:rust-lang:libs")),
            new PopularCrate("clap", 3000, Set.of("user:kbknapp")),
            new PopularCrate("openssl", 2000, Set.of("user:sfackler")),
            new PopularCrate("futures-util", 1500, Set.of("user:cramertj")));
    static final Set<String> MALLORY = Set.of("user:mallory");

    static Suspect suspect(String crate, String popular, double score, Check... checks) {
        return new Suspect(crate, popular, EnumSet.of(checks[0], checks), score);
    }

    @Test
    void oneCraftedSquatPerCheck() {
        TyposquatDetector d = new TyposquatDetector(CORPUS, EnumSet.allOf(Check.class));
        Map<String, List<Suspect>> found = new TreeMap<>();
        for (String name : List.of("tocio", "reqest", "claap", "regxe", "util-futures", "openssi", "rand2", "serde-rs",
                "rqnd")) {
            found.put(name, d.check(name, MALLORY));
        }
        assertEquals(Map.of(
                "tocio", List.of(suspect("tocio", "tokio", 0.494, Check.BITFLIP)),
                "reqest", List.of(suspect("reqest", "reqwest", 0.561, Check.OMITTED)),
                "claap", List.of(suspect("claap", "clap", 0.528, Check.REPEATED)),
                "regxe", List.of(suspect("regxe", "regex", 0.638, Check.SWAPPED_CHARACTERS)),
                "util-futures", List.of(suspect("util-futures", "futures-util", 0.402, Check.SWAPPED_WORDS)),
                "openssi", List.of(suspect("openssi", "openssl", 0.501, Check.TYPO)),
                "rand2", List.of(suspect("rand2", "rand", 0.292, Check.VERSION_SUFFIX)),
                "serde-rs", List.of(suspect("serde-rs", "serde", 0.3, Check.AFFIX)),
                "rqnd", List.of(suspect("rqnd", "rand", 0.778, Check.BITFLIP, Check.TYPO))), found);
        assertEquals(List.of("bitflip", "typo"), found.get("rqnd").get(0).checkNames());
    }

    @Test
    void lookAlikesThatMustNotFire() {
        TyposquatDetector d = new TyposquatDetector(CORPUS, EnumSet.allOf(Check.class));
        assertEquals(List.of(), d.check("serdee", Set.of("user:dtolnay")), "the popular crate's own owner");
        assertEquals(List.of(), d.check("tokio-rs", Set.of("user:alice", "team:github:tokio-rs:core")), "a shared team");
        assertEquals(List.of(), d.check("quantum", Set.of("user:alice")), "an unrelated name");
        assertEquals(List.of(), d.check("Serde-JSON", MALLORY), "the same name, canonically");
        assertEquals(List.of(), d.check("serde_json", MALLORY), "a corpus crate is not checked");
        // without their owners the first two are suspects
        assertEquals(List.of(suspect("serdee", "serde", 0.6, Check.REPEATED)), d.check("serdee", MALLORY));
        assertEquals(1, d.check("tokio-rs", Set.of()).size(), "no owners known: nothing shared");
        // a popular crate whose owners are unknown shares none with anyone
        TyposquatDetector unowned = new TyposquatDetector(List.of(new PopularCrate("tokio", 0, Set.of())),
                EnumSet.allOf(Check.class));
        assertEquals(List.of(suspect("tocio", "tokio", 0.5, Check.BITFLIP)), unowned.check("tocio", MALLORY),
                "no download counts: popularity 1");
    }

    @Test
    void onlyTheSelectedChecksRun() {
        TyposquatDetector d = new TyposquatDetector(CORPUS, Check.parse("typo,version_suffix"));
        assertEquals(List.of(suspect("rqnd", "rand", 0.583, Check.TYPO)), d.check("rqnd", MALLORY));
        assertEquals(List.of(), d.check("tocio", MALLORY));
        assertEquals(1, d.check("rand2", MALLORY).size());
        assertEquals(EnumSet.allOf(Check.class), Check.parse("all"));
        assertThrows(IllegalArgumentException.class, () -> Check.parse("bitflips"));
        assertThrows(IllegalArgumentException.class, () -> new TyposquatDetector(CORPUS, EnumSet.noneOf(Check.class)));
        TyposquatDetector.Stats stats = d.stats();
        assertEquals(9, stats.corpus());
        assertTrue(stats.candidates() > 0 && stats.generated() >= stats.candidates(), stats.toString());
    }

    /**
     * The index (variants of the popular names) finds exactly what Typomania's checks find going forward from each
     * name, over random names crowded into a small alphabet so that many collide.
     */
    @Test
    void theIndexAgreesWithTheChecksRunForward() {
        Random random = new Random(7);
        String alphabet = "abcm1-_lqrn";
        List<PopularCrate> corpus = new ArrayList<>();
        Set<String> canonicalCorpus = new HashSet<>();
        while (corpus.size() < 40) {
            String name = randomName(random, alphabet, 2 + random.nextInt(7));
            if (canonicalCorpus.add(CrateNames.canonical(name))) {
                corpus.add(new PopularCrate(name, 100 + random.nextInt(1000), Set.of()));
            }
        }
        TyposquatDetector d = new TyposquatDetector(corpus, EnumSet.allOf(Check.class));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            names.add(randomName(random, alphabet, 1 + random.nextInt(9)));
        }
        int compared = 0;
        for (String name : names) {
            Map<String, Set<Check>> expected = new TreeMap<>();
            if (!canonicalCorpus.contains(CrateNames.canonical(name))) {
                for (PopularCrate p : corpus) {
                    Set<Check> fired = Forward.checks(name, p.name());
                    if (!fired.isEmpty()) {
                        expected.put(p.name(), fired);
                    }
                }
            }
            Map<String, Set<Check>> actual = new TreeMap<>();
            d.check(name, Set.of()).forEach(s -> actual.put(s.popular(), s.checks()));
            assertEquals(expected, actual, name);
            compared += expected.size();
        }
        assertTrue(compared > 300, "enough hits to mean something: " + compared);
    }

    private static String randomName(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        b.append((char) ('a' + random.nextInt(3))); // a crate name starts with a letter
        while (b.length() < length) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** Typomania's checks as it runs them: from the checked name towards one popular name, pairwise. */
    static final class Forward {

        static Set<Check> checks(String rawName, String rawPopular) {
            String n = CrateNames.canonical(rawName);
            String p = CrateNames.canonical(rawPopular);
            Set<Check> fired = EnumSet.noneOf(Check.class);
            if (n.equals(p)) {
                return fired;
            }
            if (bitflip(n, rawPopular)) {
                fired.add(Check.BITFLIP);
            }
            for (int i = 0; i <= n.length(); i++) {
                for (char c : "abcdefghijklmnopqrstuvwxyz0123456789-".toCharArray()) {
                    if ((n.substring(0, i) + c + n.substring(i)).equals(p)) {
                        fired.add(Check.OMITTED);
                    }
                }
            }
            for (int i = 0; i + 1 < n.length(); i++) {
                if (n.charAt(i) == n.charAt(i + 1) && (n.substring(0, i) + n.substring(i + 1)).equals(p)) {
                    fired.add(Check.REPEATED);
                }
                if (n.charAt(i) != n.charAt(i + 1)
                        && (n.substring(0, i) + n.charAt(i + 1) + n.charAt(i) + n.substring(i + 2)).equals(p)) {
                    fired.add(Check.SWAPPED_CHARACTERS);
                }
            }
            String[] words = n.split("-", -1);
            if (words.length >= 2 && words.length <= 5 && permutations(words).contains(p)) {
                fired.add(Check.SWAPPED_WORDS);
            }
            if (typo(n, p)) {
                fired.add(Check.TYPO);
            }
            String stripped = n.replaceAll("[0-9]+$", "").replaceAll("-+$", "");
            if (!stripped.isEmpty() && !stripped.equals(n) && stripped.equals(p)) {
                fired.add(Check.VERSION_SUFFIX);
            }
            for (String a : Variants.AFFIXES) {
                if (n.equals(a + "-" + p) || n.equals(p + "-" + a) || p.equals(a + "-" + n) || p.equals(n + "-" + a)) {
                    fired.add(Check.AFFIX);
                }
            }
            return fired;
        }

        private static boolean bitflip(String n, String rawPopular) {
            if (n.length() != rawPopular.length()) {
                return false;
            }
            for (int i = 0; i < rawPopular.length(); i++) {
                for (int bit = 0; bit < 8; bit++) {
                    char f = (char) (rawPopular.charAt(i) ^ (1 << bit));
                    if (CrateNames.nameChar(f) && CrateNames.canonical(rawPopular.substring(0, i) + f
                            + rawPopular.substring(i + 1)).equals(n)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean typo(String n, String p) {
            for (int i = 0; i < n.length(); i++) {
                for (int len = 1; len <= 2 && i + len <= n.length(); len++) {
                    for (String t : Typos.replacements().getOrDefault(n.substring(i, i + len), List.of())) {
                        if ((n.substring(0, i) + t + n.substring(i + len)).equals(p)) {
                            return true;
                        }
                    }
                }
                // a stray separator inside the name: deleting it gives the popular name
                if (n.charAt(i) == '-' && i >= 1 && i <= n.length() - 2
                        && (n.substring(0, i) + n.substring(i + 1)).equals(p)) {
                    return true;
                }
            }
            return false;
        }

        private static Set<String> permutations(String[] words) {
            Set<String> out = new HashSet<>();
            permute(new ArrayList<>(List.of(words)), 0, out);
            return out;
        }

        private static void permute(List<String> words, int from, Set<String> out) {
            if (from == words.size()) {
                out.add(String.join("-", words));
                return;
            }
            for (int i = from; i < words.size(); i++) {
                java.util.Collections.swap(words, from, i);
                permute(words, from + 1, out);
                java.util.Collections.swap(words, from, i);
            }
        }
    }
}
