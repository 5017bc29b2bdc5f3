package dev.easel.analyzer.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatestVersionTest {

    /** SemVer 2.0 §11's own example, in precedence order. */
    private static final List<String> SPEC_ORDER = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta",
            "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0");

    @Test
    void semVerPrecedenceIsTheSpecs() {
        for (int i = 0; i + 1 < SPEC_ORDER.size(); i++) {
            SemVer lower = SemVer.parse(SPEC_ORDER.get(i));
            SemVer higher = SemVer.parse(SPEC_ORDER.get(i + 1));
            assertTrue(lower.compareTo(higher) < 0, lower + " < " + higher);
            assertTrue(higher.compareTo(lower) > 0, higher + " > " + lower);
        }
        assertTrue(SemVer.parse("2.0.0-rc.9").compareTo(SemVer.parse("2.0.0-rc.10")) < 0, "numerically, not as text");
        assertEquals(0, SemVer.parse("1.0.0+a").compareTo(SemVer.parse("1.0.0+b")), "build metadata has no precedence");
    }

    @Test
    void aReleaseBeatsEveryPreRelease() {
        assertEquals(Optional.of("1.9.0"), LatestVersion.of(List.of("1.9.0", "2.0.0-rc.10", "2.0.0-alpha.beta")));
        assertEquals(Optional.of("0.1.0"), LatestVersion.of(List.of("0.1.0", "0.2.0-beta")));
        assertTrue(LatestVersion.prefers(SemVer.parse("0.0.1"), SemVer.parse("9.0.0-rc.1")));
    }

    @Test
    void preReleasesOnlyWhenACrateHasNothingElseByTheirPrecedence() {
        assertEquals(Optional.of("2.0.0-rc.10"), LatestVersion.of(List.of("2.0.0-rc.9", "2.0.0-rc.10")));
        assertEquals(Optional.of("2.0.0-rc.10"), LatestVersion.of(List.of("2.0.0-rc.10", "2.0.0-rc.9")));
        assertEquals(Optional.of("1.0.0-alpha.beta"), LatestVersion.of(List.of("1.0.0-alpha.beta", "1.0.0-alpha.1")));
        assertEquals(Optional.of("1.0.0-rc.1"), LatestVersion.of(SPEC_ORDER.subList(0, SPEC_ORDER.size() - 1)));
        assertEquals(Optional.of("1.0.0"), LatestVersion.of(SPEC_ORDER));
    }

    @Test
    void buildMetadataOnlyBreaksTiesAndNeverDependsOnOrder() {
        assertEquals(Optional.of("0.1.11+1.0.8"), LatestVersion.of(List.of("0.1.10", "0.1.11+1.0.8")),
                "Debian's bzip2-sys 0.1.11+1.0.8 is 0.1.11");
        assertEquals(Optional.of("0.2.0"), LatestVersion.of(List.of("0.1.11+99", "0.2.0")));
        List<String> ties = new ArrayList<>(List.of("1.0.0", "1.0.0+build.9", "1.0.0+build.10", "1.0.0+build.a",
                "1.0.0-rc.1+zzz"));
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            Collections.shuffle(ties, random);
            assertEquals(Optional.of("1.0.0+build.a"), LatestVersion.of(ties), ties.toString());
            ties.remove("1.0.0+build.a");
            assertEquals(Optional.of("1.0.0+build.10"), LatestVersion.of(ties), "numerically: " + ties);
            ties.add("1.0.0+build.a");
        }
        assertTrue(LatestVersion.prefers(SemVer.parse("1.0.0+x"), SemVer.parse("1.0.0")), "no metadata ranks lowest");
    }

    @Test
    void numbersThatAreNoSemVerNeverCount() {
        assertEquals(Optional.of("0.1.0"), LatestVersion.of(List.of("0.1.0", "1.0", "2.0.0-", "3.0.0-a..b", "v4.0.0")));
        assertEquals(Optional.empty(), LatestVersion.of(List.of("1.0", "latest")));
        assertEquals(Optional.empty(), LatestVersion.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> SemVer.parse("1.0.0-a..b"), "empty identifier");
        assertThrows(IllegalArgumentException.class, () -> SemVer.parse("1.0.0+"), "empty build metadata");
        assertNull(SemVer.tryParse("99999999999.0.0"), "too large for easel: not a version it can order");
    }

    @Test
    void perCrateStreamsLeaveYankedOutAndKeepOneEntryPerCrate() {
        LatestVersion.PerCrate latest = new LatestVersion.PerCrate();
        latest.offer("rc", "2.0.0-rc.10", false);
        latest.offer("rc", "2.0.0-rc.9", false);
        latest.offer("mixed", "2.0.0-alpha.1", false);
        latest.offer("mixed", "1.4.0", false);
        latest.offer("mixed", "1.5.0", true); // yanked
        latest.offer("gone", "1.0.0", true);
        latest.offer("odd", "not-a-version", false);
        assertEquals(Map.of("mixed", "1.4.0", "rc", "2.0.0-rc.10"), latest.all());
        assertEquals(2, latest.size());
        assertNull(latest.latest("gone"), "every version yanked: none is latest");
        assertNull(latest.latest("odd"));
        assertFalse(latest.all().containsKey("gone"));
    }
}
