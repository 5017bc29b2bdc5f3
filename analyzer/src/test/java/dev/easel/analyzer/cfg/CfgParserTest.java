package dev.easel.analyzer.cfg;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CfgParserTest {

    private static final CfgSet LINUX = CfgSet.parse(List.of("unix", "debug_assertions", "target_os=\"linux\"",
            "target_family=\"unix\"", "target_env=\"gnu\"", "target_pointer_width=\"64\"",
            "target_feature=\"sse2\"", "target_feature=\"fxsr\"", "panic=\"unwind\""))
            .withFeatures(List.of("std", "default"));

    private static boolean holds(String predicate) throws CfgSyntaxException {
        return CfgParser.parse(predicate).test(LINUX);
    }

    @Test
    void bareNames() throws Exception {
        assertTrue(holds("unix"));
        assertTrue(holds("debug_assertions"));
        assertFalse(holds("windows"));
        assertFalse(holds("test"));
    }

    @Test
    void keyValues() throws Exception {
        assertTrue(holds("target_os = \"linux\""));
        assertTrue(holds("target_os=\"linux\""));
        assertFalse(holds("target_os = \"freebsd\""));
        assertTrue(holds("target_feature = \"fxsr\""), "a key with several values");
        assertTrue(holds("target_feature = \"sse2\""));
        assertFalse(holds("target_feature = \"crt-static\""));
        assertTrue(holds("feature = \"std\""));
        assertFalse(holds("feature = \"rustc-dep-of-std\""));
        assertTrue(holds("target_os = r\"linux\""), "a raw string");
        assertFalse(holds("linux"), "a key is no bare name");
    }

    @Test
    void combinators() throws Exception {
        assertTrue(holds("all(unix, target_os = \"linux\")"));
        assertFalse(holds("all(unix, target_os = \"macos\")"));
        assertTrue(holds("any(target_os = \"macos\", target_os = \"linux\")"));
        assertFalse(holds("any(target_os = \"macos\", windows)"));
        assertTrue(holds("not(windows)"));
        assertFalse(holds("not(unix)"));
        assertTrue(holds("all()"), "an empty all holds");
        assertFalse(holds("any()"), "an empty any does not");
        assertTrue(holds("all(unix, any(target_env = \"gnu\", target_env = \"musl\"), not(target_os = \"android\"),)"),
                "nested, with a trailing comma");
        assertTrue(holds("not(not(unix),)"));
        assertTrue(holds("true"));
        assertFalse(holds("false"));
        assertFalse(holds("all(true, false)"));
    }

    @Test
    void libcsConditions() throws Exception {
        // the branches of libc 0.2.139's src/unix/mod.rs link block, for x86_64 Linux with its default feature std
        assertFalse(holds("any(target_os = \"l4re\", target_os = \"espidf\")"));
        assertTrue(holds("feature = \"std\""));
        assertFalse(holds("all(target_os = \"linux\", any(target_env = \"gnu\", target_env = \"uclibc\"), "
                + "feature = \"rustc-dep-of-std\")"));
        assertFalse(holds("target_env = \"illumos\""));
    }

    @Test
    void printsRustSyntax() throws Exception {
        assertEquals("all(unix, not(target_os = \"macos\"), any(feature = \"a\\\"b\"))",
                CfgParser.parse("all( unix ,not(target_os=\"macos\"), any(feature = \"a\\\"b\"))").toString());
        assertEquals(new CfgExpr.Any(List.of(new CfgExpr.Name("unix"), new CfgExpr.KeyValue("target_os", "linux"))),
                CfgParser.parse("any(unix, target_os = \"linux\")"));
        assertEquals(new CfgExpr.Literal(true), CfgParser.parse("true"));
    }

    @Test
    void badPredicatesSayWhatAndWhere() {
        assertEquals("`not` takes one predicate, found 2",
                assertThrows(CfgSyntaxException.class, () -> CfgParser.parse("not(unix, windows)")).getMessage());
        assertEquals("`target_os =` must be followed by a string, found `linux`",
                assertThrows(CfgSyntaxException.class, () -> CfgParser.parse("target_os = linux")).getMessage());
        assertEquals("expected `,` between predicates, found `windows`",
                assertThrows(CfgSyntaxException.class, () -> CfgParser.parse("any(unix windows)")).getMessage());
        assertEquals("unexpected `windows` after the predicate",
                assertThrows(CfgSyntaxException.class, () -> CfgParser.parse("unix windows")).getMessage());
        assertEquals("a configuration predicate is missing",
                assertThrows(CfgSyntaxException.class, () -> CfgParser.parse("")).getMessage());
        assertEquals("expected a configuration option, found `\"linux\"`",
                assertThrows(CfgSyntaxException.class, () -> CfgParser.parse("\"linux\"")).getMessage());
        CfgSyntaxException onLine2 = assertThrows(CfgSyntaxException.class, () -> CfgParser.parse("all(unix,\n 3)"));
        assertEquals(2, onLine2.line());
    }
}
