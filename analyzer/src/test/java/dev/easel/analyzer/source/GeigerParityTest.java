package dev.easel.analyzer.source;

import org.junit.jupiter.api.Test;

import static dev.easel.analyzer.source.Fixtures.c;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** geiger's own unit tests (geiger/src/find.rs), ported: the same input must give geiger's numbers. */
class GeigerParityTest {

    @Test
    void findUnsafeWithoutTests() {
        var r = Fixtures.resource("geiger/find_unsafe.rs", false);
        assertEquals(c(1, 3), r.counters().functions());
        assertEquals(c(4, 4), r.counters().exprs());
        assertTrue(r.problems().isEmpty(), r.problems().toString());
    }

    @Test
    void findUnsafeWithTests() {
        var r = Fixtures.resource("geiger/find_unsafe.rs", true);
        assertEquals(c(2, 3), r.counters().functions());
        assertEquals(c(4, 5), r.counters().exprs());
    }

    @Test
    void countersFunctions() {
        var r = Fixtures.resource("geiger/counters_functions.rs", false);
        assertEquals(c(2, 3), r.counters().functions());
        assertEquals(c(2, 3), r.counters().exprs());
    }

    @Test
    void countersExprs() {
        var r = Fixtures.resource("geiger/counters_exprs.rs", false);
        assertEquals(c(2, 1), r.counters().functions());
        assertEquals(c(3, 2), r.counters().exprs());
    }

    @Test
    void countersExprsIncludeTests() {
        var r = Fixtures.resource("geiger/counters_exprs_include_tests.rs", true);
        assertEquals(c(3, 2), r.counters().functions());
        assertEquals(c(3, 4), r.counters().exprs());
    }
}
