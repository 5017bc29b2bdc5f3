package dev.easel.analyzer.source;

import dev.easel.analyzer.model.UnsafeCounters;
import dev.easel.analyzer.model.UnsafeRules;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static dev.easel.analyzer.source.Fixtures.c;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both counting rules on the fixture crate {@code source/rules}: a #[test] fn, a #[cfg(test)] module, an
 * integration test under tests/, and a statement macro. The expected numbers are what geiger-oracle prints for the
 * same files ({@code geiger-oracle src/lib.rs tests/it.rs} and {@code geiger-oracle --count-unsafe .}).
 */
class UnsafeRulesTest {

    private static Path crate() {
        try {
            return Path.of(UnsafeRulesTest.class.getResource("/source/rules").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void geigerLeavesTestsOut() {
        SourceScan scan = SourceScanner.scan(crate(), SourceScanOptions.defaults());
        UnsafeCounters u = scan.unsafeCounters();
        assertEquals(UnsafeRules.GEIGER, u.rules());
        assertEquals(2, u.filesScanned()); // every .rs file, tests/it.rs included, but its #[test] fn skipped
        assertEquals(c(2, 1), u.functions()); // safe, with_macro / raw
        assertEquals(c(0, 3), u.exprs()); // noop!(1); is a Stmt::Macro / *p, raw(&x) and &x
        assertEquals(4, u.unsafeTotal());
        assertTrue(scan.problems().isEmpty(), scan.problems().toString());
    }

    @Test
    void countUnsafeCountsTestsAndStatementMacros() {
        SourceScan scan = SourceScanner.scan(crate(), SourceScanOptions.defaults().withRules(UnsafeRules.COUNT_UNSAFE));
        UnsafeCounters u = scan.unsafeCounters();
        assertEquals(UnsafeRules.COUNT_UNSAFE, u.rules());
        assertEquals(2, u.filesScanned());
        // + a_test, in_module, integration / + helper
        assertEquals(c(5, 2), u.functions());
        // noop!(1); and assert_eq!(..); are Expr::Macro in syn 1 / + the calls and borrows in the three tests
        assertEquals(c(2, 7), u.exprs());
        assertEquals(9, u.unsafeTotal());
        assertTrue(scan.problems().isEmpty(), scan.problems().toString());
    }

    @Test
    void rulesByTheirIds() {
        assertEquals(UnsafeRules.COUNT_UNSAFE, UnsafeRules.of("count-unsafe"));
        assertEquals(UnsafeRules.GEIGER, UnsafeRules.of("GEIGER"));
        assertEquals("count-unsafe", UnsafeRules.COUNT_UNSAFE.id());
        assertThrows(IllegalArgumentException.class, () -> UnsafeRules.of("painter"));
    }
}
