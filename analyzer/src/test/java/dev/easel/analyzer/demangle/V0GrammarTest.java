package dev.easel.analyzer.demangle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One case per construct of the v0 grammar, written by hand; expected texts follow rustc-demangle's printing. */
class V0GrammarTest {

    private static DemangledSymbol demangle(String symbol) {
        return RustDemangler.demangle(symbol).orElseThrow(() -> new AssertionError("not demangled: " + symbol));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        # namespaces: closures, shims, other upper-case tags, hidden lower-case ones
        _RNCNvC3foo4main0 | foo::main::{closure#0}
        _RNCNvC3foo4mains0_0 | foo::main::{closure#2}
        _RNSNvC3foo3bar6vtable | foo::bar::{shim:vtable#0}
        _RNSNvC3foo3bars_6vtable | foo::bar::{shim:vtable#1}
        _RNXNvC3foo3bar0 | foo::bar::{X#0}
        _RNvC3foo0 | foo
        _RNvNtC3foo3bar3baz | foo::bar::baz
        # impls, trait impls, trait definitions
        _RNvMC3fooINtC3foo3BarhE3new | <foo::Bar<u8>>::new
        _RNvXC3bazNtC3foo3BarNtC3std5Clone5clone | <foo::Bar as std::Clone>::clone
        _RNvYNtC3foo3BarNtC3baz5Trait3qux | <foo::Bar as baz::Trait>::qux
        _RNvXC3fooRShNtC3std7Default7default | <&[u8] as std::Default>::default
        # generic args: value position gets ::<>, type position <>
        _RINvC3foo3barL_E | foo::bar::<'_>
        _RINvC3foo3barINtC3foo3BazhtEE | foo::bar::<foo::Baz<u8, u16>>
        _RINvC3foo3barE | foo::bar::<>
        # basic types
        _RINvC3foo3barabcdefhijlmnostuvxyzpE | foo::bar::<i8, bool, char, f64, str, f32, u8, isize, usize, i32, u32, i128, u128, i16, u16, (), ..., i64, u64, !, _>
        _RINvC3foo3barC4f128E | foo::bar::<f128>
        # references and pointers
        _RINvC3foo3barRhQtPaOsE | foo::bar::<&u8, &mut u16, *const i8, *mut i16>
        _RINvC3foo3barRL_hE | foo::bar::<&u8>
        _RINvC3foo3barPPOhE | foo::bar::<*const *const *mut u8>
        # arrays, slices, tuples
        _RINvC3foo3barAhj4_ShE | foo::bar::<[u8; 4], [u8]>
        _RINvC3foo3barTEThEThtEE | foo::bar::<(), (u8,), (u8, u16)>
        _RINvC3foo3barAAhj2_j0_E | foo::bar::<[[u8; 2]; 0]>
        # fn pointers: binders, unsafe, ABIs, variadics, return types
        _RINvC3foo3barFEuE | foo::bar::<fn()>
        _RINvC3foo3barFG_RL0_hEuE | foo::bar::<for<'a> fn(&'a u8)>
        _RINvC3foo3barFG0_RL1_hRL0_tEuE | foo::bar::<for<'a, 'b> fn(&'a u8, &'b u16)>
        _RINvC3foo3barFUKCaEzE | foo::bar::<unsafe extern "C" fn(i8) -> !>
        _RINvC3foo3barFKCPhvElE | foo::bar::<extern "C" fn(*const u8, ...) -> i32>
        _RINvC3foo3barFK8C_unwindjEuE | foo::bar::<extern "C-unwind" fn(usize)>
        _RINvC3foo3barFK6systemEfE | foo::bar::<extern "system" fn() -> f32>
        _RINvC3foo3barFG_RL0_hERL0_hE | foo::bar::<for<'a> fn(&'a u8) -> &'a u8>
        # dyn traits: several bounds, associated types, binders, lifetime bounds
        _RINvC3foo3barDNtC3std5DebugEL_E | foo::bar::<dyn std::Debug>
        _RINvC3foo3barDNtC3std5DebugNtC3std4SendEL_E | foo::bar::<dyn std::Debug + std::Send>
        _RINvC3foo3barDNtC3std8Iteratorp4ItemhEL_E | foo::bar::<dyn std::Iterator<Item = u8>>
        _RINvC3foo3barDG_INtC3std2FnTRL0_hEEp6OutputhEL_E | foo::bar::<dyn for<'a> std::Fn<(&'a u8,), Output = u8>>
        _RINvC3foo3barDINtC3std3TwohEp1Atp1BmEL_E | foo::bar::<dyn std::Two<u8, A = u16, B = u32>>
        _RINvC3foo3barFG_RL0_DNtC3std5DebugEL0_EuE | foo::bar::<for<'a> fn(&'a dyn std::Debug + 'a)>
        # const generics: integers, signs, bool, char, placeholders, wide values
        _RINvC3foo3barKh7b_E | foo::bar::<123>
        _RINvC3foo3barKln5_Kl0_E | foo::bar::<-5, 0>
        _RINvC3foo3barKb1_Kb0_E | foo::bar::<true, false>
        _RINvC3foo3barKc78_Kca_Kc27_Kc22_Kc5c_Kc0_E | foo::bar::<'x', '\\n', '\\'', '"', '\\\\', '\\0'>
        _RINvC3foo3barKcf6_Kc1f926_E | foo::bar::<'ö', '🤦'>
        _RINvC3foo3barKc7f_Kcad_E | foo::bar::<'\\u{7f}', '\\u{ad}'>
        _RINvC3foo3barKpE | foo::bar::<_>
        _RINvC3foo3barKj000a_E | foo::bar::<10>
        _RINvC3foo3barKo10000000000000000_E | foo::bar::<0x10000000000000000>
        _RINvC3foo3barKyffffffffffffffff_E | foo::bar::<18446744073709551615>
        _RINvC3foo3barKan80_E | foo::bar::<-128>
        # str and structured consts
        _RINvC3foo3barKRe616263_E | foo::bar::<"abc">
        _RINvC3foo3barKe616263_E | foo::bar::<{*"abc"}>
        _RINvC3foo3barKRe22275c0a_E | foo::bar::<"\\"'\\\\\\n">
        _RINvC3foo3barKRe_E | foo::bar::<"">
        _RINvC3foo3barKAj1_j2_EE | foo::bar::<{[1, 2]}>
        _RINvC3foo3barKTj1_EE | foo::bar::<{(1,)}>
        _RINvC3foo3barKTEE | foo::bar::<{()}>
        _RINvC3foo3barKRj1_E | foo::bar::<{&1}>
        _RINvC3foo3barKQj1_E | foo::bar::<{&mut 1}>
        _RINvC3foo3barKVNtC3foo3BarUE | foo::bar::<{foo::Bar}>
        _RINvC3foo3barKVNtC3foo3BarTj1_b0_EE | foo::bar::<{foo::Bar(1, false)}>
        _RINvC3foo3barKVNtC3foo3BarS1xj1_1yb1_EE | foo::bar::<{foo::Bar { x: 1, y: true }}>
        _RINvC3foo3barKAVINtC3foo3BarhEUEE | foo::bar::<{[foo::Bar::<u8>]}>
        _RINvC3foo3barKRARe6869_EE | foo::bar::<{&["hi"]}>
        _RINvC3foo3barAhpE | foo::bar::<[u8; _]>
        # back-references to a type, a path, a const
        _RINvC3foo3barhBb_E | foo::bar::<u8, u8>
        _RINvC3foo3barNtB2_3BazE | foo::bar::<foo::Baz>
        _RINvC3foo3barKj5_KBc_E | foo::bar::<5, 5>
        # identifiers: punycode, separators, undecodable punycode
        _RNvC3foou6f_5gaa | foo::føø
        _RNvC3foou7___ylb7e | foo::α_ω
        _RNvC3foou6n84amf | foo::铁锈
        _RNvC3foou4fq9h | foo::🤦
        _RNvC3foou6_2xaedc | foo::ρυστ
        _RNvNtC3foou3a_B3bar | foo::punycode{a-B}::bar
        _RNvC3foo4_1abc | foo::1abc
        _RNvNvC3foo7___getit5___KEY | foo::__getit::__KEY
        # prefixes and suffixes
        __RNvC3foo3bar | foo::bar
        _RNvC3foo3bar.llvm.1234ABCD | foo::bar
        _RNvC3foo3bar.cold.1 | foo::bar.cold.1
        _RNvC3foo3bar$tlv$init | foo::bar
        _RNvC3foo3barC3baz | foo::bar
        _RNvC3foo3barC3baz.llvm.99 | foo::bar
        """)
    void demangles(String symbol, String expected) {
        DemangledSymbol d = demangle(symbol);
        assertEquals(Scheme.V0, d.scheme());
        assertEquals(expected, d.display());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        _RNvCs_3foo3bar | foo[1]::bar
        _RNvCsa_3foo3bar | foo[c]::bar
        _RINvC3foo3barKh7b_Kln5_Kb1_E | foo::bar::<123u8, -5i32, true>
        _RINvC3foo3barAhj4_E | foo::bar::<[u8; 4usize]>
        _RINvC3foo3barKo10000000000000000_E | foo::bar::<0x10000000000000000u128>
        """)
    void hashedFormShowsDisambiguatorsAndConstTypes(String symbol, String expected) {
        assertEquals(expected, demangle(symbol).displayWithHash());
    }

    @Test
    void inherentImplMethodBelongsToTheImplsCrate() {
        DemangledSymbol d = demangle("_RNvMCs_3bazNtC3foo3Bar3new");
        assertEquals("<foo::Bar>::new", d.display());
        assertEquals("baz", d.crate());
        assertEquals("", d.crateDisambiguator());
        assertEquals(List.of("baz", "foo"), d.crates());
    }

    @Test
    void traitImplMethodBelongsToTheImplPathsCrateNotTheTypesOrTraits() {
        DemangledSymbol d = demangle("_RNvXCsa_3bazNtC3foo3BarNtC3std5Clone5clone");
        assertEquals("baz", d.crate());
        assertEquals("a", d.crateDisambiguator());
        assertEquals(List.of("baz", "foo", "std"), d.crates());
    }

    @Test
    void implPathBehindABackReferenceStillNamesTheCrate() {
        // The impl path (not printed) is an item of a trait definition whose trait path `B7_` points back at `C3foo`.
        DemangledSymbol d = demangle("_RNvXNvYNtC3foo3BarNtB7_5Trait1fNtC3baz3QuxNtC3std5Clone5clone");
        assertEquals("<baz::Qux as std::Clone>::clone", d.display());
        assertEquals("foo", d.crate());
        assertEquals(List.of("foo", "baz", "std"), d.crates());
    }

    @Test
    void traitDefinitionItemBelongsToTheTraitsCrate() {
        DemangledSymbol d = demangle("_RNvYNtC3foo3BarNtC3baz5Trait3qux");
        assertEquals("baz", d.crate());
        assertNull(d.crateDisambiguator());
        assertEquals(List.of("foo", "baz"), d.crates());
    }

    @Test
    void instantiatingCrateThroughABackReference() {
        DemangledSymbol d = demangle("_RINvCs7qp2U7fqm6G_7mycrate7exampleNtB2_7ExampleBw_EB2_");
        assertEquals("mycrate", d.crate());
        assertEquals("mycrate", d.instantiatingCrate());
        assertEquals("7qp2U7fqm6G", d.crateDisambiguator());
    }

    @Test
    void cratesAreListedInOrderOfFirstAppearanceIncludingHiddenImplPaths() {
        DemangledSymbol d = demangle("_RNvXC1aINtC1b1TNtC1c1UENtC1d1X1fC1e");
        assertEquals("<b::T<c::U> as d::X>::f", d.display());
        assertEquals(List.of("a", "b", "c", "d", "e"), d.crates());
        assertEquals("a", d.crate());
        assertEquals("e", d.instantiatingCrate());
    }

    @Test
    void lifetimesBeyondTheAlphabetAreNumbered() {
        // A binder of 27 lifetimes (base-62 `p` = 25, +1 +1) and a reference to the outermost one.
        DemangledSymbol d = demangle("_RINvC3foo3barFGp_RL0_hEuE");
        StringJoiner names = new StringJoiner(", ", "for<", ">");
        for (char c = 'a'; c <= 'z'; c++) {
            names.add("'" + c);
        }
        names.add("'_26");
        assertEquals("foo::bar::<" + names + " fn(&'_26 u8)>", d.display());
    }

    @Test
    void nestingIsBoundedAndDeepButLegalNestingWorks() {
        assertTrue(RustDemangler.demangle("_RINvC3foo3bar" + "S".repeat(1000) + "hE").isEmpty());
        assertEquals("foo::bar::<" + "[".repeat(100) + "u8" + "]".repeat(100) + ">",
                demangle("_RINvC3foo3bar" + "S".repeat(100) + "hE").display());
    }

    @Test
    void exponentialBackReferencesHitTheOutputLimitInsteadOfHanging() {
        // Each tuple repeats the previous type twice, so 40 levels would print 2^40 characters.
        StringBuilder inner = new StringBuilder("INvC3foo3barh");
        int previous = inner.length() - 1;
        for (int level = 0; level < 40; level++) {
            int here = inner.length();
            String ref = "B" + base62(previous);
            inner.append('T').append(ref).append(ref).append('E');
            previous = here;
        }
        inner.append('E');
        assertTrue(RustDemangler.demangle("_R" + inner).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "_R", "_RN", "_R0NvC3foo3bar", "RNvC3foo3bar", "_Rx", "_RNvC3foo3barxyz", "_RNvC3foo", "_RNvC3foo9bar",
        "_RNvB2_3foo", "_RNvB0_3foo", "_RINvC3foo3barKb2_E", "_RINvC3foo3barKcd800_E", "_RINvC3foo3barKReff_E",
        "_RINvC3foo3barKRe616_E", "_RINvC3foo3barFG_RL1_hEuE", "_RINvC3foo3barRL1_hE", "_RINvC3foo3barDNtC3std5DebugE",
        "_RINvC3foo3barFKu3abcEuE", "_RINvC3foo3barFKEuE", "_RN1C3foo3bar", "_RNvC3fooä", "_RNvC3foou0", "_RINvC3foo3barKgE",
        "_RINvC3foo3barKVNtC3foo3BarXE", "_RINvC3foo3barwE", "_RINvC3foo3barKh_", "_RNvC3foo3bar.has space"})
    void rejectsMalformedSymbols(String symbol) {
        assertTrue(RustDemangler.demangle(symbol).isEmpty(), symbol);
    }

    private static String base62(long value) {
        if (value == 0) {
            return "_";
        }
        String digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder out = new StringBuilder();
        long v = value - 1;
        do {
            out.append(digits.charAt((int) (v % 62)));
            v /= 62;
        } while (v > 0);
        return out.reverse() + "_";
    }
}
