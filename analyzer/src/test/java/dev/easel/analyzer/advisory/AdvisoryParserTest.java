package dev.easel.analyzer.advisory;

import dev.easel.analyzer.model.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Bad advisory files: each problem located by file and line, what can be kept kept. */
class AdvisoryParserTest {

    private static AdvisoryParser.Parsed parse(String text) {
        return AdvisoryParser.parse("crates/x/RUSTSEC-2099-0100.md", text);
    }

    private static Problem problem(int line, String message) {
        return new Problem(Problem.Stage.ADVISORY, "crates/x/RUSTSEC-2099-0100.md", line, message);
    }

    @Test
    void noFrontMatter() {
        AdvisoryParser.Parsed p = parse("# Just a title\n\ntext\n");
        assertNull(p.advisory());
        assertEquals(List.of(problem(1, "does not start with a ```toml front matter block; skipped")), p.problems());
    }

    @Test
    void unclosedFrontMatter() {
        AdvisoryParser.Parsed p = parse("\n```toml\n[advisory]\nid = \"RUSTSEC-2099-0100\"\n");
        assertNull(p.advisory());
        assertEquals(List.of(problem(2, "the ```toml front matter block is never closed; skipped")), p.problems());
    }

    @Test
    void missingMandatoryFields() {
        AdvisoryParser.Parsed p = parse("```toml\n[advisory]\nid = \"RUSTSEC-2099-0100\"\n\n[versions]\npatched = []\n```\n# T\n");
        assertNull(p.advisory());
        assertEquals(List.of(problem(2, "[advisory] needs 'id' and 'package'; skipped")), p.problems());

        p = parse("```toml\n[advisory]\nid = \"RUSTSEC-2099-0100\"\npackage = \"x\"\ndate = \"2099-01-01\"\n```\n# T\n");
        assertNull(p.advisory());
        assertEquals(List.of(problem(1, "[versions] needs 'patched' (an empty list when there is no fix); skipped")),
                p.problems());
    }

    @Test
    void wrongTypesAndBadDatesAreReportedAndTheAdvisoryKept() {
        AdvisoryParser.Parsed p = parse("""
                ```toml
                [advisory]
                id = "RUSTSEC-2099-0100"
                package = "x"
                date = "2099-13-01"
                aliases = "CVE-1"
                withdrawn = 2099-02-03
                title = "From the front matter"

                [affected]
                os = ["linux"]
                arch = ["x86_64", "aarch64"]
                functions = { "x::f" = ">= 1.0" }

                [versions]
                patched = [">= 1.0"]

                [extra]
                a = 1
                ```

                # The heading
                """);
        assertEquals(List.of(
                problem(18, "unknown field 'extra' (ignored)"),
                problem(5, "'date' is not a YYYY-MM-DD date: '2099-13-01' (kept as written)"),
                problem(13, "[affected.functions] \"x::f\" must be a list of version requirements (ignored)"),
                problem(6, "'aliases' must be a list of strings (ignored)")), p.problems());
        Advisory a = p.advisory();
        assertEquals("From the front matter", a.title());
        assertEquals("2099-13-01", a.date());
        assertEquals("2099-02-03", a.withdrawn());
        assertEquals(List.of(), a.aliases());
        assertEquals(List.of("linux"), a.os());
        assertEquals(List.of("x86_64", "aarch64"), a.arch());
        assertEquals(List.of(), a.functions());
    }

    @Test
    void noTitleAnywhere() {
        AdvisoryParser.Parsed p = parse("```toml\n[advisory]\nid = \"I\"\npackage = \"x\"\ndate = \"2099-01-01\"\n"
                + "[versions]\npatched = []\n```\n\nno heading\n");
        assertNull(p.advisory().title());
        assertEquals(List.of(problem(1, "no title: neither [advisory] title nor a '# ' heading after the front matter")),
                p.problems());
    }
}
