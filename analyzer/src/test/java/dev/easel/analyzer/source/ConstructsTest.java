package dev.easel.analyzer.source;

import dev.easel.analyzer.model.UnsafeCounters;
import dev.easel.analyzer.foreign.ForeignInterfaceScanner;
import dev.easel.analyzer.model.ForeignInterface;
import dev.easel.analyzer.model.ForeignInterface.Declaration;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.easel.analyzer.source.Fixtures.c;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** constructs.rs, counted by hand (the per-expression tally is in the comments). */
class ConstructsTest {
    private final UnsafeCounters u = Fixtures.resource("constructs.rs", false).counters();

    @Test
    void geigersFiveCounters() {
        // free fns: exported (#[no_mangle]) and exported_2024 (#[unsafe(no_mangle)]) unsafe; bump, control, strings safe;
        // trait fns are not counted (geiger counts impl methods only)
        assertEquals(c(3, 2), u.functions());
        assertEquals(c(2, 1), u.methods());   // id, safe_method / raw
        assertEquals(c(2, 1), u.itemImpls()); // impl Plain, impl S / unsafe impl Zeroable
        assertEquals(c(1, 1), u.itemTraits());
        // safe: provided 2, [u8; 4 * 2] 1, id 3, safe_method 7, LIMIT 1, control 8, strings 9 = 31
        // unsafe: raw 5, exported 1, exported_2024 1, COUNTER += 1 in bump 1 = 8
        assertEquals(c(31, 8), u.exprs());
    }

    @Test
    void beyondGeiger() {
        assertEquals(1, u.unsafeBlocks()); // the one in the macro_rules! body is a token tree, not a block
        assertEquals(1, u.macroUnsafe());
        assertEquals(1, u.staticMuts());
        assertEquals(1, u.unsafeAttributes());
        assertEquals(1, u.externBlocks());
        assertEquals(3, u.foreignItems());
    }

    @Test
    void foreignDeclarationsWithTheirLinkAttribute() throws Exception {
        Path dir = Path.of(ConstructsTest.class.getResource("/source/constructs.rs").toURI()).getParent();
        ForeignInterface fi = ForeignInterfaceScanner.compiled(dir, List.of(dir.resolve("constructs.rs")), null, null,
                null, new ArrayList<>());
        assertEquals(List.of(
                new Declaration("cos", "fn", "C", "m", "dylib", "constructs.rs", 45),
                new Declaration("sqrt", "fn", "C", "m", "dylib", "constructs.rs", 47),
                new Declaration("errno_like", "static", "C", "m", "dylib", "constructs.rs", 48)),
                fi.declarations());
        assertEquals(List.of(new ForeignInterface.LinkAttribute("m", "dylib", null, "constructs.rs", 43)), fi.links());
    }

    @Test
    void unsafeFunctionsWithLines() {
        assertEquals(List.of(
                new UnsafeCounters.UnsafeFunction("S::raw", "constructs.rs", 15, true, List.of()),
                new UnsafeCounters.UnsafeFunction("bump", "constructs.rs", 27, false, List.of(28))),
                u.unsafeFunctions());
    }

    @Test
    void testsAreSkippedUnlessAsked() {
        String src = "#[cfg(test)] mod tests { #[test] fn t() { unsafe { f() } } }\n#[test] fn u() { g(); }\nfn v() {}";
        assertEquals(c(1, 0), Fixtures.count(src, false).counters().functions());
        assertEquals(c(0, 0), Fixtures.count(src, false).counters().exprs());
        assertEquals(c(3, 0), Fixtures.count(src, true).counters().functions());
        assertEquals(c(1, 1), Fixtures.count(src, true).counters().exprs());
        assertTrue(Fixtures.count(src, true).problems().isEmpty());
    }

    @Test
    void statementMacrosAreNotExpressionsButMacroExpressionsAre() {
        // println!(..); and m! {..} are Stmt::Macro in syn 2; a trailing m!() and m!().x() are expressions
        assertEquals(c(0, 0), Fixtures.count("fn f() { println!(\"a\"); m! { x } }", false).counters().exprs());
        assertEquals(c(1, 0), Fixtures.count("fn f() -> u8 { m!() }", false).counters().exprs());
        assertEquals(c(2, 0), Fixtures.count("fn f() { m!().x(); }", false).counters().exprs());
        assertEquals(c(2, 0), Fixtures.count("fn f() { match a { _ => panic!() } }", false).counters().exprs());
    }

    @Test
    void attributeValuesAreExpressionsAsInSyn2() {
        assertEquals(c(1, 0), Fixtures.count("#![doc = include_str!(\"x.md\")]\n#[doc = \"lit\"] fn f() {}", false)
                .counters().exprs());
    }
}
