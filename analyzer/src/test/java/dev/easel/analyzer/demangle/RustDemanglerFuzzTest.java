package dev.easel.analyzer.demangle;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the demangler (docs/fuzzing.md). {@link RustDemangler#demangle} promises never to throw and guards that
 * promise with a catch; the target also calls the two parsers directly, without that guard, so that a parser bug
 * the guard would hide (a symbol read as malformed because the parser crashed) is found too. A demangled symbol has
 * both forms, stays within the output bound, and a v0 symbol names its owning crate. Seeds: real legacy and v0 symbols
 * from rustc's IR (src/test/resources/demangle/annotated-calls.tsv) and two C names.
 */
class RustDemanglerFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @Timeout(10)
    void demangle(byte[] input) {
        String symbol = new String(input, StandardCharsets.UTF_8);
        Optional<DemangledSymbol> guarded = RustDemangler.demangle(symbol);
        // the scheme's parser on the symbol as given (no .llvm. suffix removed), with no catch around it
        DemangledSymbol unguarded = RustDemangler.demangleOrNull(symbol);
        guarded.ifPresent(RustDemanglerFuzzTest::check);
        if (unguarded != null) {
            check(unguarded);
        }
        assertEquals(guarded, RustDemangler.demangle(symbol), "the same symbol demangles the same way");
    }

    private static void check(DemangledSymbol d) {
        assertNotNull(d.display());
        assertNotNull(d.displayWithHash());
        assertTrue(d.displayWithHash().length() <= V0Demangler.MAX_OUTPUT + 4096 || d.scheme() == Scheme.LEGACY,
                () -> "output beyond the bound: " + d.displayWithHash().length());
        if (d.scheme() == Scheme.V0) {
            assertNotNull(d.crate(), () -> "a v0 symbol names its crate: " + d);
            assertFalse(d.crates().isEmpty(), () -> "a v0 symbol mentions at least its crate: " + d);
        }
    }
}
