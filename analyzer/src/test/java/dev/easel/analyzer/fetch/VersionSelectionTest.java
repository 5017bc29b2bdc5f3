package dev.easel.analyzer.fetch;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VersionSelectionTest {

    private static final String SUM = "c".repeat(64);

    private static final IndexFile FILE = file(
            line("0.9.0", false), line("1.10.0", false), line("1.2.0", false), line("2.0.0-rc.1", false),
            line("2.0.0", true), line("1.9.9-alpha", false));

    @Test
    void latestIsTheHighestNonYankedReleaseBySemver() {
        assertEquals(List.of("1.10.0"), versions(new VersionSelection(false, false), "foo"));
        assertEquals(List.of("2.0.0"), versions(new VersionSelection(false, true), "foo"),
                "with yanked versions, the yanked 2.0.0 is the latest");
    }

    @Test
    void onlyPreReleasesGiveTheHighestPreRelease() {
        IndexFile pre = file(line("0.1.0-alpha.2", false), line("0.1.0-alpha.10", false), line("0.1.0-beta", true));
        VersionSelection.Choice c = new VersionSelection(false, false).choose(new CrateRequest("foo", null), pre);
        assertEquals(List.of("0.1.0-alpha.10"), ((VersionSelection.Chosen) c).entries().stream()
                .map(IndexEntry::version).toList());
    }

    @Test
    void allVersionsAreSortedAndSkipYankedUnlessAsked() {
        assertEquals(List.of("0.9.0", "1.2.0", "1.9.9-alpha", "1.10.0", "2.0.0-rc.1"),
                versions(new VersionSelection(true, false), "foo"));
        assertEquals(6, versions(new VersionSelection(true, true), "foo").size());
    }

    @Test
    void anAskedVersionWinsOverAllVersionsButNotOverYanked() {
        assertEquals(List.of("1.2.0"), versions(new VersionSelection(true, false), "foo@1.2.0"));
        VersionSelection.Refused yanked = refused(new VersionSelection(false, false), "foo@2.0.0");
        assertEquals(FailureReason.YANKED, yanked.reason());
        assertEquals("foo@2.0.0 is yanked (--include-yanked fetches it)", yanked.message());
        assertEquals(List.of("2.0.0"), versions(new VersionSelection(false, true), "foo@2.0.0"));

        VersionSelection.Refused unknown = refused(new VersionSelection(false, false), "foo@3.0.0");
        assertEquals(FailureReason.UNKNOWN_VERSION, unknown.reason());
        assertEquals("no version 3.0.0 in 3/f/foo (the latest is 1.10.0)", unknown.message(), "2.0.0 is yanked");
    }

    @Test
    void everyVersionYankedIsRefusedAsYanked() {
        IndexFile gone = file(line("1.0.0", true), line("1.0.1", true));
        VersionSelection.Choice c = new VersionSelection(false, false).choose(new CrateRequest("foo", null), gone);
        assertEquals(new VersionSelection.Refused(FailureReason.YANKED,
                "every version of foo is yanked (--include-yanked fetches them)"), c);
    }

    private static List<String> versions(VersionSelection s, String request) {
        VersionSelection.Choice c = s.choose(CrateRequest.parse(request), FILE);
        return ((VersionSelection.Chosen) c).entries().stream().map(IndexEntry::version).toList();
    }

    private static VersionSelection.Refused refused(VersionSelection s, String request) {
        return (VersionSelection.Refused) s.choose(CrateRequest.parse(request), FILE);
    }

    private static String line(String vers, boolean yanked) {
        return TestRegistry.line("foo", vers, SUM, yanked);
    }

    private static IndexFile file(String... lines) {
        return IndexFile.parse(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "foo", "3/f/foo");
    }
}
