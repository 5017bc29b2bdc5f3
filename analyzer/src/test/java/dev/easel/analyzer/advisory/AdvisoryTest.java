package dev.easel.analyzer.advisory;

import dev.easel.analyzer.model.SemVer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RustSec's rule: affected means neither patched nor unaffected. */
class AdvisoryTest {

    private static List<VersionRequirement> reqs(String... texts) {
        return List.of(texts).stream().map(VersionRequirement::parse).toList();
    }

    private static Advisory advisory(List<VersionRequirement> patched, List<VersionRequirement> unaffected,
                                     List<AffectedFunction> functions) {
        return new Advisory("RUSTSEC-2021-0072", "tokio", "2021-07-07", "t", null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null, null, patched, unaffected, functions, List.of(), List.of(), "f");
    }

    @Test
    void affectedVersionsAreThoseNeitherPatchedNorUnaffected() {
        // the ranges of RUSTSEC-2021-0072 (tokio, JoinHandle::abort)
        Advisory a = advisory(reqs(">= 1.5.1, < 1.6.0", ">= 1.6.3, < 1.7.0", ">= 1.7.2, < 1.8.0", ">= 1.8.1"),
                reqs("< 0.3.0"), List.of());
        for (String affected : List.of("0.3.0", "1.0.0", "1.5.0", "1.6.2", "1.7.1", "1.8.0")) {
            assertTrue(a.affects(SemVer.parse(affected)), affected);
        }
        for (String safe : List.of("0.2.9", "1.5.1", "1.5.9", "1.6.3", "1.7.2", "1.8.1", "1.24.2")) {
            assertFalse(a.affects(SemVer.parse(safe)), safe);
        }
        assertTrue(a.affects(SemVer.parse("1.8.1-rc.1")), "precedes the fix");
        assertFalse(a.affects(SemVer.parse("1.9.0-alpha")), "after the fix, by precedence");
    }

    @Test
    void noFixMeansEveryVersion() {
        Advisory a = advisory(List.of(), List.of(), List.of());
        assertTrue(a.affects(SemVer.parse("0.0.1")));
        assertTrue(a.affects(SemVer.parse("9.9.9")));
        assertEquals("vulnerability", a.kind());
    }

    @Test
    void functionRequirementsNarrowTheAffectedVersions() {
        AffectedFunction abort = new AffectedFunction("tokio::task::JoinHandle::abort", reqs("<= 1.8.0, >= 0.3.0"), 20);
        assertTrue(abort.vulnerableIn(SemVer.parse("1.8.0")));
        assertFalse(abort.vulnerableIn(SemVer.parse("1.8.1")));
        assertEquals("<= 1.8.0, >= 0.3.0", abort.requirementFor(SemVer.parse("0.3.0")).text());
        assertNull(abort.requirementFor(SemVer.parse("0.2.0")));
        AffectedFunction always = new AffectedFunction("traitobject::data", List.of(), 12);
        assertTrue(always.vulnerableIn(SemVer.parse("0.1.0")));
        assertEquals("*", always.requirementFor(SemVer.parse("0.1.0")).text());
    }
}
