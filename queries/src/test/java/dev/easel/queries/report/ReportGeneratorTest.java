package dev.easel.queries.report;

import dev.easel.graph.db.GraphStore;
import dev.easel.queries.FixtureGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ReportGeneratorTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> CHARTS =
            List.of("unsafe-share", "unsafe-distribution", "native-libraries", "ffi-exposure", "build-outcomes",
                    "advisory-exposure");

    @TempDir
    static Path out;
    private static Report report;
    private static String markdown;
    private static String html;

    @BeforeAll
    static void generate() throws IOException {
        GraphStore store = FixtureGraph.load();
        report = ReportGenerator.generate(store::session, out);
        markdown = Files.readString(report.markdown());
        html = Files.readString(report.html());
    }

    @Test
    void writesMarkdownHtmlAndEveryChartAsPngAndSvg() throws IOException {
        assertEquals(out.resolve("report.md"), report.markdown());
        assertEquals(out.resolve("report.html"), report.html());
        assertEquals(CHARTS.size() * 2, report.chartFiles().size());
        for (String chart : CHARTS) {
            BufferedImage png = ImageIO.read(out.resolve("charts/" + chart + ".png").toFile());
            assertEquals(ReportCharts.WIDTH, png.getWidth(), chart);
            assertEquals(ReportCharts.HEIGHT, png.getHeight(), chart);
            assertTrue(distinctColours(png) > 20, chart + " PNG is not blank");
            String svg = Files.readString(out.resolve("charts/" + chart + ".svg"));
            assertTrue(svg.contains("<svg"), chart + " SVG");
            assertTrue(markdown.contains("](charts/" + chart + ".png)"), chart + " referenced from report.md");
        }
    }

    @Test
    void markdownCarriesTheFixtureNumbers() {
        // the comparison table: this corpus beside the Foundation's published figures
        assertTrue(markdown.contains("| crates | about 145,000 | 13 |"), markdown);
        assertTrue(markdown.contains("| crates with (significant) code | about 127,000 | 11 |"));
        assertTrue(markdown.contains("| share using unsafe | 19.11% | 90.91% (10) |"));
        assertTrue(markdown.contains("| share calling into a crate that uses unsafe | 34.35% | 36.36% (4, from the call graph) |"));
        assertTrue(markdown.contains("here from INVOKES edges"));
        // summary, distribution, libraries, exposure, builds
        assertTrue(markdown.contains("| crates with FFI calls | 5 |"));
        assertTrue(markdown.contains("| foreign functions called | 8 |"));
        assertTrue(markdown.contains("| 100-999 | 100 | 999 | 3 |"));
        assertTrue(markdown.contains("| crypto | 1 | 5 | openssl-sys | x86_64-unknown-linux-gnu |"));
        assertTrue(markdown.contains("| direct | 10 |"));
        assertTrue(markdown.contains("| transitive only | 2 |"));
        assertTrue(markdown.contains("| openssl | 0.10.60 | 400 | 50 | 300 | 40 | 0 | 10 |"));
        assertTrue(markdown.contains("| tensor-sys | 0.1.0 | 400 | 90,000 | 5,000 | 85,000 | 0 | cmake, bindgen |"));
        assertTrue(markdown.contains("| failed | missing_native_library |  | 1 | curl-sys@0.4.70 |"));
        // a failure that belongs to a dependency is named as such, and the dependency keeps its own cause
        assertTrue(markdown.contains("| dependency failed | 1 |"));
        assertTrue(markdown.contains("| failed | dependency_failed | missing_native_library | 1 | curl@0.4.44 (curl-sys@0.4.70) |"));
        assertTrue(markdown.contains("| curl-sys@0.4.70 | missing_native_library | missing_native_library | 1 | curl@0.4.44 |"));
        assertTrue(markdown.contains("| curl | 2 | curl, curl-sys |"));
        // weighted by downloads, beside the counts, after the coverage
        assertTrue(markdown.contains("Coverage: the analysed crates are 13 of the graph's 19 crates and receive 62.86% "
                + "of the 4,354 downloads recorded there"), markdown);
        assertTrue(markdown.contains("2 analysed crates have no download count"));
        assertTrue(markdown.contains("| use unsafe | 10 | 76.92% | 2,637 | 96.35% |"));
        assertTrue(markdown.contains("| declare or call C functions | 8 | 61.54% | 2,630 | 96.09% |"));
        assertTrue(markdown.contains("| link z | 1 | 7.69% | 300 | 10.96% |"));
        // what build scripts do
        assertTrue(markdown.contains("## What build scripts do"), markdown);
        assertTrue(markdown.contains("| native-compile | 5 | 55.56 | 1 | 9 |"), markdown);
        assertTrue(markdown.contains("| tensor-sys | 0.1.0 | download, fs-write-elsewhere, network | "
                + "fs-write-elsewhere, network |"), markdown);
        // security advisories
        assertTrue(markdown.contains("## Security advisories"));
        assertTrue(markdown.contains("- 4 advisories affect a version some analysed crate resolved."), markdown);
        assertTrue(markdown.contains("- 2 of them name functions the graph holds: of their 4 audit findings (crate, "
                + "advisory), 2 reach a named function (50.00%); the call graph clears the other 2."), markdown);
        assertTrue(markdown.contains("- 2 name no function (or none the graph holds), counted apart: their 4 findings "
                + "cannot be confirmed or cleared."), markdown);
        assertTrue(markdown.contains("| RUSTSEC-2099-0101 | openssl | vulnerability | 1 | 2 | 2 | 100 |"), markdown);
        assertTrue(markdown.contains("| RUSTSEC-2099-0104 | libz-sys | vulnerability | 0 | 3 |  |  |"), markdown);
        assertTrue(markdown.contains("| RUSTSEC-2099-0104 | libz-sys | vulnerability | 1.1.20 | z | true | 2 | flate2, http-client |"),
                markdown);
        assertEquals(11, report.data().unsafeShare().getLong(0, "crates_with_code"));
        assertEquals(13, report.data().metric("crates analysed"));
    }

    @Test
    void htmlIsSelfContained() {
        Matcher svg = Pattern.compile("<svg[\\s>]").matcher(html);
        int inline = 0;
        while (svg.find()) {
            inline++;
        }
        assertEquals(CHARTS.size(), inline, "every chart inline as SVG");
        assertEquals(CHARTS.size(), html.split("data:image/png;base64,", -1).length - 1, "and as a PNG data URI");
        assertFalse(html.contains("<?xml"), "no XML declaration inside HTML");
        assertFalse(html.contains("src=\"charts/") || html.contains("href=\"charts/"), "no reference to outside files");
        assertFalse(Pattern.compile("(src|href)=\"(https?:|file:|//)").matcher(html).find(), "nothing fetched");
        assertTrue(html.contains("<td class=\"num\">90.91% (10)</td>"));
        assertTrue(html.contains("Rust Foundation"));
    }

    @Test
    void rendersInHeadlessChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "/usr/bin/chromium is not installed (Debian package chromium): "
                + "skipping the browser rendering check");
        Path profile = Files.createTempDirectory(out, "chromium-profile");
        Path shot = out.resolve("screenshot.png");
        Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--screenshot=" + shot, "--window-size=1200,2000",
                report.html().toUri().toString())
                .redirectErrorStream(true).redirectOutput(out.resolve("chromium.log").toFile()).start();
        boolean done = chromium.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            chromium.destroyForcibly();
        }
        assertTrue(done, "chromium did not finish in 180 s");
        assertTrue(Files.size(shot) > 0, "no screenshot; chromium said: " + Files.readString(out.resolve("chromium.log"),
                StandardCharsets.UTF_8));
        // keep a copy to look at after the build
        Files.copy(shot, Path.of("target", "report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(report.html(), Path.of("target", "report-sample.html"), StandardCopyOption.REPLACE_EXISTING);
        BufferedImage image = ImageIO.read(shot.toFile());
        assertEquals(1200, image.getWidth());
        assertTrue(distinctColours(image) > 200, "the page is not blank: " + distinctColours(image) + " colours");
        // the charts' first series colour (#1f77b4) fills bars on screen: the charts were drawn
        assertTrue(pixelsNear(image, 0x1f77b4) > 2000, "chart bars visible: " + pixelsNear(image, 0x1f77b4) + " pixels");
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        return colours.size();
    }

    static int pixelsNear(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xff) - ((rgb >> 16) & 0xff)) < 12
                        && Math.abs(((p >> 8) & 0xff) - ((rgb >> 8) & 0xff)) < 12
                        && Math.abs((p & 0xff) - (rgb & 0xff)) < 12) {
                    count++;
                }
            }
        }
        return count;
    }
}
