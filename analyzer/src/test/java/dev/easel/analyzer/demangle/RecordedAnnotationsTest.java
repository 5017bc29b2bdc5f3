package dev.easel.analyzer.demangle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Annotations rustc 1.95 wrote into real IR (kept in {@code annotated-calls.tsv}), so the oracle also runs without
 * cargo; and those real symbols, truncated and garbled, must never make the parsers fail other than by rejecting.
 */
class RecordedAnnotationsTest {
    private static final List<String[]> RECORDED = new ArrayList<>();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = RecordedAnnotationsTest.class.getResourceAsStream("/demangle/annotated-calls.tsv")) {
            assertNotNull(in, "annotated-calls.tsv");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    RECORDED.add(line.split("\t", 2));
                }
            }
        }
    }

    @Test
    void recordedAnnotationsMatch() {
        List<String> mismatches = new ArrayList<>();
        int legacy = 0;
        for (String[] row : RECORDED) {
            var d = RustDemangler.demangle(row[0]);
            if (d.isEmpty() || !d.get().display().equals(row[1])) {
                mismatches.add(row[0] + " -> " + d.map(DemangledSymbol::display) + " expected " + row[1]);
            } else if (d.get().scheme() == Scheme.LEGACY) {
                legacy++;
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(RECORDED.size() > 400 && legacy > 100, RECORDED.size() + " rows, " + legacy + " legacy");
    }

    @Test
    void garbledSymbolsAreRejectedOrDemangledButNeverBreakTheParsers() {
        Random random = new Random(20240601L);
        String alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$.";
        int attempts = 0;
        int accepted = 0;
        for (String[] row : RECORDED) {
            String symbol = row[0];
            for (int i = 0; i < 60; i++) {
                char[] chars = symbol.toCharArray();
                String mutant;
                switch (i % 4) {
                    case 0:
                        mutant = symbol.substring(0, random.nextInt(symbol.length()));
                        break;
                    case 1:
                        chars[2 + random.nextInt(chars.length - 2)] = alphabet.charAt(random.nextInt(alphabet.length()));
                        mutant = new String(chars);
                        break;
                    case 2:
                        int at = 2 + random.nextInt(chars.length - 2);
                        chars[at] = (char) (chars[at] ^ (1 << random.nextInt(7)));
                        mutant = new String(chars);
                        break;
                    default:
                        int from = random.nextInt(symbol.length());
                        int to = Math.min(symbol.length(), from + 1 + random.nextInt(8));
                        mutant = symbol.substring(0, from) + symbol.substring(to);
                        break;
                }
                attempts++;
                // The parsers themselves, without RustDemangler's safety net: only a clean null is allowed.
                DemangledSymbol d = mutant.startsWith("_ZN") ? LegacyDemangler.demangle(mutant, 3)
                        : mutant.startsWith("_R") ? V0Demangler.demangle(mutant, 2) : null;
                if (d != null) {
                    accepted++;
                    assertNotNull(d.display());
                    assertNotNull(d.displayWithHash());
                    assertTrue(d.crates().stream().allMatch(c -> c != null), mutant);
                }
                boolean sameEntry = (mutant.startsWith("_ZN") || mutant.startsWith("_R")) && !mutant.contains(".llvm.");
                if (sameEntry) {
                    assertEquals(d != null, RustDemangler.demangle(mutant).isPresent(), mutant);
                }
            }
        }
        assertTrue(attempts > 20_000 && accepted > 0 && accepted < attempts, accepted + " of " + attempts);
    }
}
