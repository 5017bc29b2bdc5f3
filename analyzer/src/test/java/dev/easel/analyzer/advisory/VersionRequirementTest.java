package dev.easel.analyzer.advisory;

import dev.easel.analyzer.model.SemVer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cargo's requirement syntax, the ranges from the Cargo book, and where Cargo's and RustSec's readings differ. */
class VersionRequirementTest {

    private static SemVer v(String s) {
        return SemVer.parse(s);
    }

    /** On release versions both readings agree: each listed version is in, or out, under both. */
    private static void releases(String requirement, List<String> in, List<String> out) {
        VersionRequirement r = VersionRequirement.parse(requirement);
        for (String s : in) {
            assertTrue(r.matches(v(s)), requirement + " matches " + s);
            assertTrue(r.contains(v(s)), requirement + " contains " + s);
        }
        for (String s : out) {
            assertFalse(r.matches(v(s)), requirement + " does not match " + s);
            assertFalse(r.contains(v(s)), requirement + " does not contain " + s);
        }
    }

    @Test
    void caretRangesOfTheCargoBook() {
        releases("^1.2.3", List.of("1.2.3", "1.2.9", "1.9.0"), List.of("1.2.2", "2.0.0", "0.9.9"));
        releases("^1.2", List.of("1.2.0", "1.9.9"), List.of("1.1.9", "2.0.0"));
        releases("^1", List.of("1.0.0", "1.99.0"), List.of("0.9.0", "2.0.0"));
        releases("^0.2.3", List.of("0.2.3", "0.2.9"), List.of("0.2.2", "0.3.0"));
        releases("^0.2", List.of("0.2.0", "0.2.9"), List.of("0.1.9", "0.3.0"));
        releases("^0.0.3", List.of("0.0.3"), List.of("0.0.2", "0.0.4"));
        releases("^0.0", List.of("0.0.0", "0.0.9"), List.of("0.1.0"));
        releases("^0", List.of("0.0.0", "0.9.9"), List.of("1.0.0"));
    }

    @Test
    void aBareVersionIsACaret() {
        releases("1.2.3", List.of("1.2.3", "1.5.0"), List.of("1.2.2", "2.0.0"));
        releases("0.3", List.of("0.3.0", "0.3.7"), List.of("0.4.0", "0.2.9"));
        assertEquals(VersionRequirement.parse("^1.2.3"), VersionRequirement.parse("1.2.3"));
    }

    @Test
    void tildeRanges() {
        releases("~1.2.3", List.of("1.2.3", "1.2.9"), List.of("1.2.2", "1.3.0"));
        releases("~1.2", List.of("1.2.0", "1.2.9"), List.of("1.1.9", "1.3.0"));
        releases("~1", List.of("1.0.0", "1.9.0"), List.of("2.0.0", "0.9.0"));
    }

    @Test
    void wildcards() {
        releases("*", List.of("0.0.0", "1.2.3", "99.0.0"), List.of());
        releases("1.*", List.of("1.0.0", "1.9.9"), List.of("0.9.9", "2.0.0"));
        releases("1.2.*", List.of("1.2.0", "1.2.9"), List.of("1.1.9", "1.3.0"));
        releases("1.2.x", List.of("1.2.5"), List.of("1.3.0"));
        releases(">=1.*", List.of("1.0.0", "3.0.0"), List.of("0.9.0"));
    }

    @Test
    void comparisonsWithFullAndPartialVersions() {
        releases(">= 1.2.0", List.of("1.2.0", "9.0.0"), List.of("1.1.9"));
        releases(">1.2.3", List.of("1.2.4"), List.of("1.2.3"));
        releases(">1.2", List.of("1.3.0"), List.of("1.2.9", "1.2.0"));
        releases(">1", List.of("2.0.0"), List.of("1.9.9"));
        releases("<1.2.3", List.of("1.2.2", "0.0.1"), List.of("1.2.3"));
        releases("<1.2", List.of("1.1.9"), List.of("1.2.0"));
        releases("<=1.2.3", List.of("1.2.3"), List.of("1.2.4"));
        releases("<=1.2", List.of("1.2.9"), List.of("1.3.0"));
        releases("<=1", List.of("1.9.9"), List.of("2.0.0"));
        releases("=1.2.3", List.of("1.2.3"), List.of("1.2.4", "1.2.2"));
        releases("=1.2", List.of("1.2.0", "1.2.7"), List.of("1.3.0", "1.1.0"));
        releases("=1", List.of("1.0.0", "1.7.0"), List.of("2.0.0"));
    }

    @Test
    void commaJoinedComparatorsAllHold() {
        releases(">= 1.2.0, < 1.3.4", List.of("1.2.0", "1.3.3"), List.of("1.1.9", "1.3.4"));
        releases("< 0.6.10, >= 0.6.5", List.of("0.6.5", "0.6.9"), List.of("0.6.4", "0.6.10"));
        releases(">=1.0,<2", List.of("1.0.0", "1.9.9"), List.of("2.0.0"));
    }

    @Test
    void whitespaceIsAllowedAroundOperatorsAndCommas() {
        assertEquals(VersionRequirement.parse("^0.3.1"), VersionRequirement.parse("^ 0.3.1"));
        assertEquals(VersionRequirement.parse(">=1.0.0,<2.0.0"), VersionRequirement.parse("  >= 1.0.0 ,  < 2.0.0  "));
        assertEquals(">= 1.0.0 ,  < 2.0.0", VersionRequirement.parse("  >= 1.0.0 ,  < 2.0.0  ").text());
    }

    @Test
    void cargoLetsPreReleasesInOnlyWhereAComparatorNamesOneOfTheSameVersion() {
        VersionRequirement r = VersionRequirement.parse(">=1.2.3-alpha.1");
        assertTrue(r.matches(v("1.2.3-alpha.1")));
        assertTrue(r.matches(v("1.2.3-alpha.2")));
        assertTrue(r.matches(v("1.2.3-beta")));
        assertTrue(r.matches(v("1.2.3")));
        assertTrue(r.matches(v("1.3.0")));
        assertFalse(r.matches(v("1.2.3-alpha.0")));
        assertFalse(r.matches(v("1.3.0-beta")), "another version's pre-release stays out");

        assertFalse(VersionRequirement.parse(">=1.2.0").matches(v("1.3.0-beta.1")));
        assertFalse(VersionRequirement.parse("<1.2.0").matches(v("1.2.0-alpha")));
        assertFalse(VersionRequirement.parse("*").matches(v("1.0.0-rc.1")));
        assertTrue(VersionRequirement.parse("=1.0.0-rc.1").matches(v("1.0.0-rc.1")));
        assertFalse(VersionRequirement.parse("=1.0.0-rc.1").matches(v("1.0.0-rc.2")));
        assertTrue(VersionRequirement.parse("~1.2.3-beta").matches(v("1.2.3-beta.2")));
        assertTrue(VersionRequirement.parse("^0.0.3-a").matches(v("0.0.3-b")));
    }

    @Test
    void rustSecReadsRangesByPrecedenceSoPreReleasesFallInside() {
        assertTrue(VersionRequirement.parse(">=1.2.0").contains(v("1.3.0-beta.1")));
        assertFalse(VersionRequirement.parse(">=1.2.0").contains(v("1.2.0-beta.1")), "1.2.0-beta.1 precedes 1.2.0");
        assertTrue(VersionRequirement.parse("<1.2.0").contains(v("1.2.0-alpha")));
        assertTrue(VersionRequirement.parse("*").contains(v("1.0.0-rc.1")));
        assertTrue(VersionRequirement.parse(">= 1.0.0-alpha.1, < 1.0.0").contains(v("1.0.0-beta")));
        // the upper end of ^, ~ and partial = / <= is the next version's lowest pre-release
        assertFalse(VersionRequirement.parse("^1.2.3").contains(v("2.0.0-alpha")));
        assertTrue(VersionRequirement.parse("^1.2.3").contains(v("1.9.0-alpha")));
        assertFalse(VersionRequirement.parse("~1.2").contains(v("1.3.0-0")));
        assertFalse(VersionRequirement.parse("<=1.2").contains(v("1.3.0-rc.1")));
        assertFalse(VersionRequirement.parse("=1.2").contains(v("1.3.0-rc.1")));
        assertTrue(VersionRequirement.parse(">1.2").contains(v("1.3.0-rc.1")), "above every 1.2.x by precedence");
        assertFalse(VersionRequirement.parse(">1.2").contains(v("1.2.9")));
        assertTrue(VersionRequirement.parse("=1.0.0-rc.1").contains(v("1.0.0-rc.1")));
        assertFalse(VersionRequirement.parse("=1.0.0-rc.1").contains(v("1.0.0")));
    }

    @Test
    void buildMetadataIsIgnored() {
        releases(">=1.0.0+build.5", List.of("1.0.0"), List.of("0.9.9"));
        assertTrue(VersionRequirement.parse("=1.0.0").matches(v("1.0.0+anything")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "1.2.3.4", ">=", ">= ", ">=1.02", "01.2", "1.*.3", "abc", "!=1.0", "*, 1.0",
            "1.0, *", "1.0,", ",1.0", ">=1.0,,<2", ">= 1.2.3-", "1.2-alpha", ">=1.2.3-01", ">=1.2.3-a..b", "1.2.3-a$",
            "1.2.3+", "1..2", "1.2.", "> 1.x.2", "=> 1.0", "99999999999.0.0"})
    void rejectsWhatCargoRejects(String text) {
        InvalidRequirementException e = assertThrows(InvalidRequirementException.class,
                () -> VersionRequirement.parse(text));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertEquals("empty version requirement",
                assertThrows(InvalidRequirementException.class, () -> VersionRequirement.parse("")).getMessage());
        assertEquals("unknown operator at '!=1.0' in '!=1.0' (expected one of = > >= < <= ~ ^ or a version)",
                assertThrows(InvalidRequirementException.class, () -> VersionRequirement.parse("!=1.0")).getMessage());
        assertEquals("wildcard '*' must be the only comparator in '*, 1.0'",
                assertThrows(InvalidRequirementException.class, () -> VersionRequirement.parse("*, 1.0")).getMessage());
        assertEquals("leading zero in the minor version number of '>=1.02'",
                assertThrows(InvalidRequirementException.class, () -> VersionRequirement.parse(">=1.02")).getMessage());
    }

    @Test
    void everyRequirementFormInTheAdvisoryDatabaseParses() {
        // one of each form counted in rustsec/advisory-db (August 2026)
        for (String s : List.of(">= 1.2.3", "< 1.2.3", "^1.2.3", "1.2.3", "> 1.2.3", "<= 1.2.3", ">=1.2.3", "< 1.2",
                ">= 1.2", ">= 1.2.3-alpha.1", "< 1.2.3-alpha.1", "=1.2.3", "^ 1.2.3", "<1.2.3", ">= 1.2.3-rc.1",
                ">= 1.2.3-beta.1", "< 1.2.3-1", ">= 1", ">1.2.3", "> 0", "< 0.2.0-1.gat.1", "< 1.2.3-pre.1",
                "< 1.0.0-rc1", ">=1.2.3-alpha.1", ">=1.2", "<= 0.6", ">= 0.28.1, <= 0.36")) {
            assertEquals(s.strip(), VersionRequirement.parse(s).text());
        }
    }
}
