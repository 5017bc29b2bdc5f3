package dev.easel.analyzer.source;

import dev.easel.analyzer.lexer.RustLexer;
import dev.easel.analyzer.lexer.Tokens;
import dev.easel.analyzer.model.Problem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.easel.analyzer.source.Fixtures.c;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RustLexerTest {

    private static List<String> kinds(String src) {
        List<Problem> problems = new ArrayList<>();
        byte[] b = src.getBytes(StandardCharsets.UTF_8);
        Tokens t = RustLexer.lex(b, b.length, "x.rs", problems);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String k = switch (t.kind(i)) {
                case Tokens.IDENT -> "id";
                case Tokens.RAW_IDENT -> "raw";
                case Tokens.LIFETIME -> "life";
                case Tokens.STRING -> "str";
                case Tokens.CHAR -> "char";
                case Tokens.NUMBER -> "num";
                case Tokens.PUNCT -> "p";
                case Tokens.OPEN -> "open";
                default -> "close";
            };
            out.add(k + ":" + t.text(i));
        }
        return out;
    }

    private static int unsafeBlocks(String src) {
        return Fixtures.count(src, true).counters().unsafeBlocks();
    }

    @Test
    void unsafeInsideLiteralsAndCommentsIsNotCode() {
        String src = """
                fn f() {
                    let a = "unsafe { x }";
                    let b = "esc \\" unsafe { }";
                    let c = r##"raw "# unsafe { } "##;
                    let d = b"unsafe {}"; let e = br#"unsafe {}"#;
                    let g = c"unsafe {}"; let h = cr#"unsafe {}"#;
                    let r#unsafe = 1;
                    // unsafe { }
                    /* outer /* nested unsafe { } */ unsafe { } */
                    /// unsafe { }
                    let q = '"'; let z = unsafe { 1 };
                }
                """;
        assertEquals(1, unsafeBlocks(src));
        assertTrue(Fixtures.count(src, true).problems().isEmpty(), Fixtures.count(src, true).problems().toString());
    }

    @Test
    void rawIdentifierIsNeverTheKeyword() {
        assertEquals(List.of("raw:r#unsafe", "p:=", "num:1"), kinds("r#unsafe = 1"));
        var r = Fixtures.count("fn r#unsafe() { let r#unsafe = 1; r#unsafe }", false).counters();
        assertEquals(c(1, 0), r.functions());
        assertEquals(0, r.unsafeBlocks());
    }

    @Test
    void charsVersusLifetimes() {
        assertEquals(List.of("char:'a'", "char:'\\''", "char:'\\u{1F600}'", "char:'é'", "life:'a", "life:'static",
                "char:b'x'", "life:'r#a"), kinds("'a' '\\'' '\\u{1F600}' 'é' 'a 'static b'x' 'r#a"));
        assertEquals(List.of("id:fn", "id:f", "p:<", "life:'a", "p:>", "open:(", "id:x", "p::", "p:&", "life:'a",
                "id:str", "close:)"), kinds("fn f<'a>(x: &'a str)"));
    }

    @Test
    void numbersWithSuffixesAndRanges() {
        assertEquals(List.of("num:0x1F_u8", "num:1_000i64", "num:1.5e-3f32", "num:1e10", "num:1", "p:..", "num:2",
                "id:x", "p:.", "num:0", "p:.", "num:1"), kinds("0x1F_u8 1_000i64 1.5e-3f32 1e10 1..2 x.0.1"));
        assertEquals(List.of("num:1", "p:.", "id:max", "open:(", "num:2", "close:)"), kinds("1.max(2)"));
    }

    @Test
    void shebangIsSkippedButInnerAttributeIsNot() {
        assertEquals(List.of("id:fn", "id:main", "open:(", "close:)", "open:{", "close:}"),
                kinds("#!/usr/bin/env run-cargo-script\nfn main() {}"));
        assertEquals("p:#", kinds("#![allow(x)]\nfn main() {}").get(0));
        assertEquals("p:#", kinds("#! [allow(x)]").get(0));
    }

    @Test
    void invalidUtf8IsAProblemWithLineNotFatal() {
        byte[] src = "fn a() {}\n// caf\u00e9\nfn b() { unsafe { x() } }\n".getBytes(StandardCharsets.ISO_8859_1);
        var r = Fixtures.countBytes(src, "latin1.rs", false);
        assertEquals(c(2, 0), r.counters().functions());
        assertEquals(1, r.counters().unsafeBlocks());
        assertEquals(1, r.problems().size());
        assertEquals(2, r.problems().get(0).line());
        assertEquals("latin1.rs", r.problems().get(0).file());
        assertTrue(r.problems().get(0).message().contains("UTF-8"));
        assertEquals(1, r.counters().filesWithErrors());
    }

    @Test
    void unterminatedStringAndCommentAreReportedAndCountedSoFar() {
        var r = Fixtures.count("unsafe fn a() {}\nfn b() { let s = \"never closed;\n}\n", false);
        assertEquals(c(1, 1), r.counters().functions());
        assertTrue(r.problems().stream().anyMatch(p -> p.line() == 2 && p.message().contains("unterminated string")));
        var r2 = Fixtures.count("fn a() { unsafe { x() } }\n/* open /* nested */ \nfn b() {}", false);
        assertEquals(c(1, 0), r2.counters().functions());
        assertEquals(1, r2.counters().unsafeBlocks());
        assertTrue(r2.problems().stream().anyMatch(p -> p.line() == 2 && p.message().contains("block comment")));
    }

    @Test
    void unbalancedDelimitersAndDeepNestingDoNotThrow() {
        var r = Fixtures.count("fn a() { ( ] } fn b() { unsafe { } }", false);
        assertTrue(r.problems().size() >= 1);
        String deep = "fn f() { " + "(".repeat(5000) + "1" + ")".repeat(5000) + " }";
        var d = Fixtures.count(deep, false);
        assertEquals(c(1, 0), d.counters().functions());
        assertTrue(d.problems().stream().anyMatch(p -> p.message().contains("nesting")));
    }
}
