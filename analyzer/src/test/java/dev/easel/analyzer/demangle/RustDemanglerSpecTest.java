package dev.easel.analyzer.demangle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every example of the rustc book's "v0 Symbol Format" chapter, demangled as the chapter recommends. */
class RustDemanglerSpecTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        _RNvMsr_NtCs3ssYzQotkvD_3std4pathNtB5_7PathBuf3newCs15kBYyAo9fc_7mycrate | <std::path::PathBuf>::new
        _RNvCs15kBYyAo9fc_7mycrate7example | mycrate::example
        _RNvMs_Cs4Cv8Wi1oAIB_7mycrateNtB4_7Example3foo | <mycrate::Example>::foo
        _RNvXCs15kBYyAo9fc_7mycrateNtB2_7ExampleNtB2_5Trait3foo | <mycrate::Example as mycrate::Trait>::foo
        _RNvMCs7qp2U7fqm6G_7mycrateNtB2_7Example3foo | <mycrate::Example>::foo
        _RNvMs_Cs7qp2U7fqm6G_7mycrateNtB4_7Example3bar | <mycrate::Example>::bar
        _RNvYNtCs15kBYyAo9fc_7mycrate7ExampleNtB4_5Trait7exampleB4_ | <mycrate::Example as mycrate::Trait>::example
        _RNCNvCsgStHSCytQ6I_7mycrate4main0B3_ | mycrate::main::{closure#0}
        _RNCNvCsgStHSCytQ6I_7mycrate4mains_0B3_ | mycrate::main::{closure#1}
        _RINvCsgStHSCytQ6I_7mycrate7examplelKj1_EB2_ | mycrate::example::<i32, 1>
        _RNvNtNtCsgOH4LzxkuMq_7mycrateu8gdel_5qa6escher4bach | mycrate::gödel::escher::bach
        _RINvCs7qp2U7fqm6G_7mycrate7exampleFG0_RL1_hRL0_tEuEB2_ | mycrate::example::<for<'a, 'b> fn(&'a u8, &'b u16)>
        _RINvCs7qp2U7fqm6G_7mycrate7exampleKy12345678_EB2_ | mycrate::example::<305419896>
        _RNvNvMCsd9PVOYlP1UU_7mycrateINtB4_7ExamplepKpE3foo14EXAMPLE_STATIC | <mycrate::Example<_, _>>::foo::EXAMPLE_STATIC
        _RINvCs7qp2U7fqm6G_7mycrate7exampleAtj8_EB2_ | mycrate::example::<[u16; 8]>
        _RINvCs7qp2U7fqm6G_7mycrate7exampleNtB2_7ExampleBw_EB2_ | mycrate::example::<mycrate::Example, mycrate::Example>
        _RINvMsY_NtCseXNvpPnDBDp_3std4pathNtB6_4Path3neweECs7qp2U7fqm6G_7mycrate | <std::path::Path>::new::<str>
        _RNvNvNvCs7qp2U7fqm6G_7mycrate7EXAMPLE7___getit5___KEY$tlv$init | mycrate::EXAMPLE::__getit::__KEY
        """)
    void specExamples(String symbol, String expected) {
        DemangledSymbol d = RustDemangler.demangle(symbol).orElseThrow(() -> new AssertionError(symbol));
        assertEquals(Scheme.V0, d.scheme());
        assertEquals(expected, d.display());
    }

    @org.junit.jupiter.api.Test
    void crateRootShowsDisambiguatorInHexOnlyInTheHashedForm() {
        DemangledSymbol d = RustDemangler.demangle("_RNvCs15kBYyAo9fc_7mycrate7example").orElseThrow();
        // The chapter: "disambiguator for crate-root "mycrate" 0xca63f166dbe9293 + 1".
        assertEquals("mycrate[ca63f166dbe9294]::example", d.displayWithHash());
        assertEquals("mycrate", d.crate());
        assertEquals("15kBYyAo9fc", d.crateDisambiguator());
        assertNull(d.instantiatingCrate());
        assertEquals(List.of("mycrate"), d.crates());
    }

    @org.junit.jupiter.api.Test
    void instantiatingCrateIsReportedButNotShown() {
        DemangledSymbol d = RustDemangler.demangle(
                "_RNvMsr_NtCs3ssYzQotkvD_3std4pathNtB5_7PathBuf3newCs15kBYyAo9fc_7mycrate").orElseThrow();
        assertEquals("std", d.crate());
        assertEquals("3ssYzQotkvD", d.crateDisambiguator());
        assertEquals("mycrate", d.instantiatingCrate());
        assertEquals(List.of("std", "mycrate"), d.crates());
        assertTrue(d.displayWithHash().startsWith("<std["), d.displayWithHash());
    }
}
