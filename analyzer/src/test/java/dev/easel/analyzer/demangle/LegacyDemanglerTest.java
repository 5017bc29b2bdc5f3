package dev.easel.analyzer.demangle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyDemanglerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        _ZN4test1a2bcE | test::a::bc
        _ZN3foo3bar17h05af221e174051e9E | foo::bar
        _ZN4$RP$E | )
        _ZN8$RF$testE | &test
        _ZN8$BP$test4foobE | *test::foob
        _ZN9$u20$test4foobE | ` test::foob`
        _ZN35Bar$LT$$u5b$u32$u3b$$u20$4$u5d$$GT$E | Bar<[u32; 4]>
        _ZN13test$u20$test4foobE | test test::foob
        _ZN12test$BP$test4foobE | test*test::foob
        _ZN12test$RF$test4foobE | test&test::foob
        _ZN12test$LP$test4foobE | test(test::foob
        _ZN7$SP$$C$E | @,
        __ZN5alloc9allocator6Layout9for_value17h02a996811f781011E | alloc::allocator::Layout::for_value
        _ZN38_$LT$core..option..Option$LT$T$GT$$GT$6unwrap18_MSG_FILE_LINE_COL17haf7cb8d5824ee659E | <core::option::Option<T>>::unwrap::_MSG_FILE_LINE_COL
        _ZN4core5slice89_$LT$impl$u20$core..iter..traits..IntoIterator$u20$for$u20$$RF$$u27$a$u20$$u5b$T$u5d$$GT$9into_iter17h450e234d27262170E | core::slice::<impl core::iter::traits::IntoIterator for &'a [T]>::into_iter
        _ZN9backtrace3foo17hbb467fcdaea5d79bE.llvm.A5310EB9 | backtrace::foo
        _ZN3fooE.llvm.9D1C9369@@16 | foo
        _ZN3fooE.cold.1 | foo.cold.1
        _ZN3foo11$u7b$x$u7d$E | foo::{x}
        _ZN3foo5$uxx$E | foo::$uxx$
        _ZN3foo6$u0a$xE | foo::$u0a$x
        _ZN3foo6a.b..cE | foo::a.b::c
        _ZN4core3ptr85drop_in_place$LT$std..rt..lang_start$LT$$LP$$RP$$GT$..$u7b$$u7b$closure$u7d$$u7d$$GT$17h9f5d0ff2bd1b1c9aE | core::ptr::drop_in_place<std::rt::lang_start<()>::{{closure}}>
        """)
    void demangles(String symbol, String expected) {
        DemangledSymbol d = RustDemangler.demangle(symbol).orElseThrow(() -> new AssertionError(symbol));
        assertEquals(Scheme.LEGACY, d.scheme());
        assertEquals(expected, d.display());
    }

    @Test
    void hashIsKeptInTheHashedForm() {
        DemangledSymbol d = RustDemangler.demangle("_ZN3foo3bar17h05af221e174051e9E").orElseThrow();
        assertEquals("foo::bar::h05af221e174051e9", d.displayWithHash());
        assertEquals("foo", d.crate());
        assertNull(d.crateDisambiguator());
        assertNull(d.instantiatingCrate());
        assertEquals(List.of("foo"), d.crates());
    }

    @Test
    void traitImplIsAttributedToTheSelfTypesCrate() {
        DemangledSymbol d = RustDemangler.demangle(
                "_ZN70_$LT$alloc..vec..Vec$LT$T$C$A$GT$$u20$as$u20$core..ops..drop..Drop$GT$4drop17h1d9e2e5d8c3b0f4aE")
                .orElseThrow();
        assertEquals("<alloc::vec::Vec<T,A> as core::ops::drop::Drop>::drop", d.display());
        assertEquals("alloc", d.crate());
        assertEquals(List.of("alloc", "core"), d.crates());
    }

    @Test
    void primitiveSelfTypeFallsBackToTheTraitsCrate() {
        DemangledSymbol d = RustDemangler.demangle(
                "_ZN44_$LT$$RF$T$u20$as$u20$core..fmt..Display$GT$3fmt17h0123456789abcdefE").orElseThrow();
        assertEquals("<&T as core::fmt::Display>::fmt", d.display());
        assertEquals("core", d.crate());
    }

    @Test
    void closuresInStd() {
        DemangledSymbol d = RustDemangler.demangle(
                "_ZN3std2rt10lang_start28_$u7b$$u7b$closure$u7d$$u7d$17h8d3a3c0f2f8e0e1aE").orElseThrow();
        assertEquals("std::rt::lang_start::{{closure}}", d.display());
        assertTrue(d.displayWithHash().endsWith("::h8d3a3c0f2f8e0e1a"));
        assertEquals("std", d.crate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"memcpy", "llvm.memcpy.p0.p0.i64", "_ZN3foo", "_ZN", "_Z3foov", "_ZN3foo3barEv",
        "_ZN3fooE$x", "_ZNx3fooE", "_ZN99fooE", "ZN3fooE", "main", "_ZN3fooE.llvm.not hex", ""})
    void rejectsNonRustSymbols(String symbol) {
        assertTrue(RustDemangler.demangle(symbol).isEmpty(), symbol);
    }
}
