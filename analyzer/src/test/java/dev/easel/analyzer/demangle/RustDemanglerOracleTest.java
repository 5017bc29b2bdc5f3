package dev.easel.analyzer.demangle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.easel.analyzer.testdata.DebianRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The oracle: rustc annotates calls in its LLVM IR with the callee demangled by rustc-demangle ({@code {:#}}).
 * Builds real crates (fixtures, a demangler fixture and Debian-packaged crates.io crates) and checks every annotated
 * callee demangles to exactly the annotation, and every unannotated named callee is not taken for a Rust symbol.
 */
@Tag("cargo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RustDemanglerOracleTest {
    private static final Path FIXTURES = Path.of("..", "testdata", "crates");
    private static final Path V0_ZOO = Path.of("src", "test", "resources", "demangle", "v0-zoo");

    private Path work;

    private final List<Path> v0Irs = new ArrayList<>();
    private final List<Path> legacyIrs = new ArrayList<>();

    @BeforeAll
    void buildCrates(@TempDir Path tempDir) throws Exception {
        work = tempDir;
        // Debian's librust-<name>-dev packages; regex alone takes ~20 s.
        String[][] registry = {{"memchr", "2.5.0"}, {"serde_json", "1.0.87"}, {"flate2", "1.0.25"}, {"regex", "1.7.1"}};
        for (String[] crate : registry) {
            DebianRegistry.require(crate[0] + "-" + crate[1]);
        }
        CargoIr cargo = new CargoIr(work);
        Path v0Target = work.resolve("target-v0");
        Path legacyTarget = work.resolve("target-legacy");
        v0Irs.add(cargo.buildLocal(V0_ZOO, work, v0Target, true));
        cargo.copyLocal(FIXTURES.resolve("base-lib"), work);
        for (String fixture : List.of("unsafe-zoo", "ffi-libm", "exports-c", "uses-base")) {
            v0Irs.add(cargo.buildLocal(FIXTURES.resolve(fixture), work, v0Target, true));
        }
        for (String[] crate : registry) {
            v0Irs.add(cargo.buildRegistry(crate[0], crate[1], work, v0Target, true));
        }
        legacyIrs.add(cargo.buildLocal(V0_ZOO, work, legacyTarget, false));
        legacyIrs.add(cargo.buildRegistry("memchr", "2.5.0", work, legacyTarget, false));
    }

    @Test
    void everyAnnotatedCalleeDemanglesExactlyAsRustcPrintsIt() throws Exception {
        List<Path> all = new ArrayList<>(v0Irs);
        all.addAll(legacyIrs);
        Map<Scheme, Integer> checked = new EnumMap<>(Scheme.class);
        List<String> mismatches = new ArrayList<>();
        int[] unannotated = {0};
        int[] tooLongForRustc = {0};
        for (Path ir : all) {
            IrCallComments.read(ir, (comment, symbol) -> {
                Optional<DemangledSymbol> d = RustDemangler.demangle(symbol);
                if (d.isEmpty() || !d.get().display().equals(comment)) {
                    mismatches.add(symbol + "\n   rustc: " + comment + "\n   ours:  " + d.map(DemangledSymbol::display));
                } else {
                    checked.merge(d.get().scheme(), 1, Integer::sum);
                }
            }, symbol -> {
                unannotated[0]++;
                Optional<DemangledSymbol> d = RustDemangler.demangle(symbol);
                if (d.isPresent()) {
                    // rustc's annotation writer demangles into a buffer of twice the symbol's length (grown, never
                    // shrunk) and drops the comment when the text does not fit.
                    if (d.get().display().getBytes(StandardCharsets.UTF_8).length > 2 * symbol.length()) {
                        tooLongForRustc[0]++;
                    } else {
                        mismatches.add(symbol + "\n   rustc: (not demangled)\n   ours:  " + d);
                    }
                }
            });
        }
        System.out.printf("demangle oracle: %d IR files, %d v0 + %d legacy annotated calls matched, %d unannotated "
                + "calls (%d of them Rust symbols too long for rustc's buffer), %d mismatches%n", all.size(),
                checked.getOrDefault(Scheme.V0, 0), checked.getOrDefault(Scheme.LEGACY, 0), unannotated[0],
                tooLongForRustc[0], mismatches.size());
        assertEquals(List.of(), mismatches.subList(0, Math.min(30, mismatches.size())));
        assertTrue(checked.getOrDefault(Scheme.V0, 0) > 1000, "too few v0 calls checked: " + checked);
        assertTrue(checked.getOrDefault(Scheme.LEGACY, 0) > 100, "too few legacy calls checked: " + checked);
    }

    @Test
    void v0DefinitionsBelongToTheCrateBeingBuilt() throws Exception {
        List<String> problems = new ArrayList<>();
        int[] checked = {0};
        for (Path ir : v0Irs) {
            String own = ir.getFileName().toString().replaceFirst("(-[0-9a-f]+)?\\.ll$", "");
            try (var lines = Files.lines(ir)) {
                lines.filter(l -> l.startsWith("define ")).map(IrCallComments::callee)
                        .filter(s -> s != null && s.startsWith("_R"))
                        .forEach(symbol -> {
                            Optional<DemangledSymbol> d = RustDemangler.demangle(symbol);
                            if (d.isEmpty() || !d.get().crates().contains(d.get().crate())) {
                                problems.add(symbol + " -> " + d);
                                return;
                            }
                            checked[0]++;
                            // Generic code is stamped with the instantiating crate; anything else is defined here.
                            String expected = d.get().instantiatingCrate() == null ? d.get().crate()
                                    : d.get().instantiatingCrate();
                            if (!own.equals(expected)) {
                                problems.add(symbol + " -> " + d.get() + " in " + own);
                            }
                        });
            }
        }
        System.out.printf("demangle oracle: %d v0 definitions attributed%n", checked[0]);
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
        assertTrue(checked[0] > 100, "too few definitions: " + checked[0]);
    }
}
