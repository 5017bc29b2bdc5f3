package dev.easel.analyzer.typosquat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The names each check leads to from one popular name: Typomania's checks turned round. Typomania takes a new name
 * and asks which popular name each check would undo it into; here each popular name is taken once and every name
 * that would be undone into it is generated, so that checking a name is one hash lookup. The inverses:
 *
 * <ul>
 * <li>bit flip: Typomania flips the popular names themselves, kept when every character stays in the name alphabet;</li>
 * <li>omitted character: Typomania inserts an alphabet character into the new name, so the new name is the popular
 *     one with one character deleted;</li>
 * <li>repeated character: Typomania removes one of two equal adjacent characters, so the popular name with one
 *     character doubled;</li>
 * <li>swapped characters: the same swap of two adjacent different characters, either way;</li>
 * <li>swapped words: Typomania joins each permutation of the new name's 2 to 5 words with one separator, so every
 *     other order of the popular name's words;</li>
 * <li>typo: Typomania replaces a character of the new name by its table entries, so each piece of the popular name
 *     replaced by what may be typed for it ({@link Typos});</li>
 * <li>affix (crates.io): the popular name with {@code affix-} or {@code -affix} added, or removed when it has one.</li>
 * </ul>
 *
 * The version suffix has no finite inverse (any number of digits); {@link TyposquatDetector} strips it from the
 * checked name instead. Variants come out canonical ({@link CrateNames#canonical}); one equal to the popular name
 * itself or holding other characters is dropped by the caller.
 */
final class Variants {

    /** crates.io's common prefixes and suffixes. */
    static final List<String> AFFIXES = List.of("api", "cli", "core", "lib", "rs", "rust", "sys");
    /** Typomania's limit on the words it permutes. */
    static final int MAX_WORDS = 5;

    private Variants() {
    }

    /**
     * @param raw       the popular name as published (bit flips depend on its exact bytes)
     * @param canonical its canonical form
     */
    static void of(Check check, String raw, String canonical, Consumer<String> out) {
        switch (check) {
            case BITFLIP -> bitflips(raw, out);
            case OMITTED -> omitted(canonical, out);
            case REPEATED -> repeated(canonical, out);
            case SWAPPED_CHARACTERS -> swappedCharacters(canonical, out);
            case SWAPPED_WORDS -> swappedWords(canonical, out);
            case TYPO -> typos(canonical, out);
            case AFFIX -> affixes(canonical, out);
            case VERSION_SUFFIX -> {
                // checked from the suspect's side, see TyposquatDetector
            }
        }
    }

    static void bitflips(String raw, Consumer<String> out) {
        char[] chars = raw.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char original = chars[i];
            for (int bit = 0; bit < 8; bit++) {
                char flipped = (char) (original ^ (1 << bit));
                if (CrateNames.nameChar(flipped)) {
                    chars[i] = flipped;
                    out.accept(CrateNames.canonical(new String(chars)));
                }
            }
            chars[i] = original;
        }
    }

    static void omitted(String name, Consumer<String> out) {
        for (int i = 0; i < name.length(); i++) {
            out.accept(name.substring(0, i) + name.substring(i + 1));
        }
    }

    static void repeated(String name, Consumer<String> out) {
        for (int i = 0; i < name.length(); i++) {
            out.accept(name.substring(0, i + 1) + name.substring(i));
        }
    }

    static void swappedCharacters(String name, Consumer<String> out) {
        char[] chars = name.toCharArray();
        for (int i = 0; i + 1 < chars.length; i++) {
            if (chars[i] != chars[i + 1]) {
                swap(chars, i, i + 1);
                out.accept(new String(chars));
                swap(chars, i, i + 1);
            }
        }
    }

    static void swappedWords(String name, Consumer<String> out) {
        String[] words = name.split("-", -1);
        if (words.length < 2 || words.length > MAX_WORDS) {
            return;
        }
        Set<String> seen = new HashSet<>();
        permute(words, 0, seen);
        seen.remove(name);
        seen.forEach(out);
    }

    private static void permute(String[] words, int from, Set<String> out) {
        if (from == words.length) {
            out.add(String.join("-", words));
            return;
        }
        for (int i = from; i < words.length; i++) {
            swap(words, from, i);
            permute(words, from + 1, out);
            swap(words, from, i);
        }
    }

    static void typos(String name, Consumer<String> out) {
        Map<String, List<String>> table = Typos.replacements();
        for (int i = 0; i < name.length(); i++) {
            for (int len = 1; len <= 2 && i + len <= name.length(); len++) {
                List<String> instead = table.get(name.substring(i, i + len));
                if (instead != null) {
                    String before = name.substring(0, i);
                    String after = name.substring(i + len);
                    for (String t : instead) {
                        out.accept(before + t + after);
                    }
                }
            }
            if (i > 0) { // a stray separator inside the name (a name cannot start with one)
                out.accept(name.substring(0, i) + Typos.STRAY + name.substring(i));
            }
        }
    }

    static void affixes(String name, Consumer<String> out) {
        for (String affix : AFFIXES) {
            out.accept(affix + "-" + name);
            out.accept(name + "-" + affix);
            if (name.startsWith(affix + "-") && name.length() > affix.length() + 1) {
                out.accept(name.substring(affix.length() + 1));
            }
            if (name.endsWith("-" + affix) && name.length() > affix.length() + 1) {
                out.accept(name.substring(0, name.length() - affix.length() - 1));
            }
        }
    }

    /**
     * The stem the version-suffix check looks up: trailing digits, then trailing separators removed (as Typomania's
     * {@code trim_end_matches}); null when nothing was removed or nothing is left.
     */
    static String versionStem(String canonical) {
        int end = canonical.length();
        while (end > 0 && Character.isDigit(canonical.charAt(end - 1)) && canonical.charAt(end - 1) < 128) {
            end--;
        }
        while (end > 0 && canonical.charAt(end - 1) == '-') {
            end--;
        }
        return end == 0 || end == canonical.length() ? null : canonical.substring(0, end);
    }

    private static void swap(char[] a, int i, int j) {
        char t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    private static void swap(String[] a, int i, int j) {
        String t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
