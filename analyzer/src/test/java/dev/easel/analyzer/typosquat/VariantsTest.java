package dev.easel.analyzer.typosquat;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each check's variants of one popular name: Typomania's own examples, turned round. */
class VariantsTest {

    static Set<String> variants(Check check, String raw) {
        Set<String> out = new TreeSet<>();
        Variants.of(check, raw, CrateNames.canonical(raw), out::add);
        out.remove(CrateNames.canonical(raw));
        return out;
    }

    @Test
    void canonicalNames() {
        assertEquals("serde-json", CrateNames.canonical("Serde_JSON"));
        assertEquals(CrateNames.canonical("serde-json"), CrateNames.canonical("serde_json"));
    }

    @Test
    void bitflipsStayInTheNameAlphabet() {
        // a 0x61: c e i q, A (canonically a: the name itself), ` ! 0xe1 (not name characters);
        // b 0x62: c f j r, B (the name itself), " 0xe2 (not name characters)
        assertEquals(Set.of("cb", "eb", "ib", "qb", "ac", "af", "aj", "ar"), variants(Check.BITFLIP, "ab"));
        // '-' 0x2d flips to m 0x6d; '_' 0x5f flips to O 0x4f (canonically o) and W 0x57
        assertTrue(variants(Check.BITFLIP, "a-b").contains("amb"));
        assertTrue(variants(Check.BITFLIP, "a_b").containsAll(List.of("aob", "awb")));
        assertTrue(variants(Check.BITFLIP, "tokio").contains("tocio"));
    }

    @Test
    void omittedRepeatedAndSwappedCharacters() {
        assertEquals(Set.of("yz", "xz", "xy"), variants(Check.OMITTED, "xyz"));
        // Typomania: "abbbc" repeats in "abbc"; so "abbc" leads to "abbbc" (and to its other doublings)
        assertEquals(Set.of("aabbc", "abbbc", "abbcc"), variants(Check.REPEATED, "abbc"));
        assertEquals(Set.of("bac", "acb"), variants(Check.SWAPPED_CHARACTERS, "abc"));
        assertEquals(Set.of(), variants(Check.SWAPPED_CHARACTERS, "aa"));
    }

    @Test
    void swappedWordsUpToFive() {
        assertEquals(Set.of("def-abc"), variants(Check.SWAPPED_WORDS, "abc_def"));
        assertEquals(Set.of("abc-ghi-def", "def-abc-ghi", "def-ghi-abc", "ghi-abc-def", "ghi-def-abc"),
                variants(Check.SWAPPED_WORDS, "abc-def_ghi"));
        assertEquals(119, variants(Check.SWAPPED_WORDS, "a-b-c-d-e").size());
        assertEquals(Set.of(), variants(Check.SWAPPED_WORDS, "a-b-c-d-e-f"), "more than five words: none");
        assertEquals(Set.of("b-a-a", "a-b-a"), variants(Check.SWAPPED_WORDS, "a-a-b"), "repeated words once");
    }

    @Test
    void typosFromKeyboardsAndLookAlikes() {
        var table = Typos.replacements();
        // QWERTY neighbours of q, plus QWERTZ/AZERTY: on AZERTY q sits where a is (touching a, z, s, w)
        assertEquals(List.of("1", "2", "a", "s", "w", "z"), table.get("q"));
        assertTrue(table.get("y").containsAll(List.of("t", "u", "h", "g", "x", "s", "a")), "QWERTZ puts y beside x");
        assertTrue(table.get("l").containsAll(List.of("1", "i", "k", "o", "p")));
        assertEquals(List.of("0", "p"), table.get("-"));
        assertEquals(List.of("m"), table.get("rn"));
        assertTrue(table.get("m").contains("rn"));
        Set<String> openssl = variants(Check.TYPO, "openssl");
        assertTrue(openssl.containsAll(List.of("openssi", "0penssl", "opemssl", "open-ssl")), openssl.toString());
        assertTrue(variants(Check.TYPO, "modern").contains("modem"), "rn typed as m");
        assertTrue(variants(Check.TYPO, "w").contains("vv"));
    }

    @Test
    void affixesAddedAndRemoved() {
        Set<String> serde = variants(Check.AFFIX, "serde");
        assertEquals(14, serde.size());
        assertTrue(serde.containsAll(List.of("serde-rs", "rs-serde", "serde-sys", "cli-serde")));
        assertTrue(variants(Check.AFFIX, "openssl-sys").contains("openssl"));
        assertTrue(variants(Check.AFFIX, "rust_core").containsAll(List.of("core", "rust")));
    }

    @Test
    void versionStems() {
        assertEquals("abc", Variants.versionStem("abc234"));
        assertEquals("abc", Variants.versionStem("abc-234"));
        assertEquals("abc", Variants.versionStem("abc-"));
        assertEquals("sha2", Variants.versionStem("sha2-1"));
        assertNull(Variants.versionStem("abc"));
        assertNull(Variants.versionStem("2"));
        assertNull(Variants.versionStem("-2"));
    }
}
