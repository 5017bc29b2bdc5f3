package dev.easel.graph.advisory;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Advisory paths against function names as the graph holds them (demangled v0 names, MIR names, copies). */
class FunctionMatcherTest {

    /** The functions of vuln-lib 1.0.0 as the fixture crate's analysis loads them, plus a copy and a MIR impl. */
    static final List<FunctionMatcher.Candidate> VULN_LIB = List.of(
            c("vuln-lib@1.0.0#vuln_lib::parse"),
            c("vuln-lib@1.0.0#vuln_lib::checked_len"),
            c("vuln-lib@1.0.0#vuln_lib::inner::decode"),
            c("vuln-lib@1.0.0/mir:vuln_lib::decode"),
            c("vuln-lib@1.0.0#vuln_lib::a::reset"),
            c("vuln-lib@1.0.0#vuln_lib::b::reset"),
            c("vuln-lib@1.0.0#<vuln_lib::Parser>::feed"),
            c("vuln-lib@1.0.0#<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize"),
            c("vuln-lib@1.0.0#<vuln_lib::Parser as core::fmt::Debug>::fmt"),
            new FunctionMatcher.Candidate("app@0.1.0/mono:vuln-lib/vuln_lib::parse_all", "vuln_lib::parse_all"),
            new FunctionMatcher.Candidate("vuln-lib@1.0.0/mir:vuln_lib::parse_all", "vuln_lib::parse_all"),
            new FunctionMatcher.Candidate("vuln-lib@1.0.0/mir:vuln_lib::<impl at src/lib.rs:70:1: 70:20>::drain",
                    "vuln_lib::<impl at src/lib.rs:70:1: 70:20>::drain"),
            new FunctionMatcher.Candidate("other@2.0.0/_RINv…", "<vuln_lib::Table<u8, alloc::string::String>>::get::<&str>"));

    private static FunctionMatcher.Candidate c(String id) {
        // the name is what follows '#' (a Rust function) or "/mir:" (a MIR-only one)
        int at = id.contains("#") ? id.indexOf('#') + 1 : id.indexOf("/mir:") + 5;
        return new FunctionMatcher.Candidate(id, id.substring(at));
    }

    private static FunctionMatcher.Result match(String path) {
        return new FunctionMatcher(VULN_LIB).match(path, name -> name.equals("inflate"));
    }

    private static void named(String path, MatchRule rule, String... ids) {
        FunctionMatcher.Result r = match(path);
        assertEquals(new FunctionMatcher.Matched(List.of(ids).stream().map(id -> new FunctionMatcher.Named(id, rule))
                .toList()), r, path);
    }

    private static void unmatched(String path, UnmatchedReason reason, String detail) {
        assertEquals(new FunctionMatcher.Unmatched(reason, detail), match(path), path);
    }

    @Test
    void exactPaths() {
        named("vuln_lib::parse", MatchRule.EXACT, "vuln-lib@1.0.0#vuln_lib::parse");
        named("vuln-lib::parse", MatchRule.EXACT, "vuln-lib@1.0.0#vuln_lib::parse");
        named("vuln_lib::inner::decode", MatchRule.EXACT, "vuln-lib@1.0.0#vuln_lib::inner::decode");
    }

    @Test
    void inherentImplsAndGenericArguments() {
        named("vuln_lib::Parser::feed", MatchRule.NORMALISED, "vuln-lib@1.0.0#<vuln_lib::Parser>::feed");
        named("vuln_lib::Table<K,V>::get", MatchRule.NORMALISED, "other@2.0.0/_RINv…");
        named("vuln_lib::Table::get", MatchRule.NORMALISED, "other@2.0.0/_RINv…");
    }

    @Test
    void aGenericFunctionIsEveryCopyOfIt() {
        named("vuln_lib::parse_all", MatchRule.EXACT, "app@0.1.0/mono:vuln-lib/vuln_lib::parse_all",
                "vuln-lib@1.0.0/mir:vuln_lib::parse_all");
    }

    @Test
    void traitImplsByTypeOrByTrait() {
        named("vuln_lib::Parser::sanitize", MatchRule.TRAIT_IMPL,
                "vuln-lib@1.0.0#<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize");
        named("vuln_lib::Sanitize::sanitize", MatchRule.TRAIT_METHOD,
                "vuln-lib@1.0.0#<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize");
        named("<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize", MatchRule.EXACT,
                "vuln-lib@1.0.0#<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize");
        named("vuln_lib::Parser::fmt", MatchRule.TRAIT_IMPL,
                "vuln-lib@1.0.0#<vuln_lib::Parser as core::fmt::Debug>::fmt");
    }

    @Test
    void aReExportIsMatchedByItsUniqueDefinitionPathBesideMirsTrimmedName() {
        assertEquals(new FunctionMatcher.Matched(List.of(
                        new FunctionMatcher.Named("vuln-lib@1.0.0/mir:vuln_lib::decode", MatchRule.EXACT),
                        new FunctionMatcher.Named("vuln-lib@1.0.0#vuln_lib::inner::decode", MatchRule.REEXPORT))),
                match("vuln_lib::decode"));
        // without MIR's trimmed name, the definition path alone
        assertEquals(new FunctionMatcher.Matched(List.of(
                        new FunctionMatcher.Named("vuln-lib@1.0.0#vuln_lib::inner::decode", MatchRule.REEXPORT))),
                new FunctionMatcher(List.of(c("vuln-lib@1.0.0#vuln_lib::inner::decode"), c("vuln-lib@1.0.0#vuln_lib::parse")))
                        .match("vuln_lib::decode", n -> false));
    }

    @Test
    void implLocationsOfMir() {
        named("vuln_lib::Pool::drain", MatchRule.IMPL_LOCATION,
                "vuln-lib@1.0.0/mir:vuln_lib::<impl at src/lib.rs:70:1: 70:20>::drain");
    }

    @Test
    void misses() {
        unmatched("vuln_lib::reset", UnmatchedReason.AMBIGUOUS,
                "2 functions end with it: vuln_lib::a::reset, vuln_lib::b::reset");
        unmatched("vuln_lib::missing", UnmatchedReason.NO_FUNCTION, null);
        unmatched("vuln_lib::Parser", UnmatchedReason.NOT_A_FUNCTION,
                "3 functions below it: vuln_lib::Parser::feed, vuln_lib::Parser::fmt, vuln_lib::Parser::sanitize");
        unmatched("vuln_lib::serialize::ToSql<Time,Mysql>", UnmatchedReason.NOT_A_FUNCTION,
                "'ToSql' is a type, trait or macro name");
        unmatched("vuln_lib::ffi::inflate", UnmatchedReason.FOREIGN_FUNCTION, "C function inflate");
    }

    @Test
    void theLibraryNameStandsInForAnotherSpellingOfTheCrate() {
        List<FunctionMatcher.Candidate> md5 = List.of(c("md-5@0.10.1#md5::compress"), c("md-5@0.10.1#md5::Md5::new"));
        assertEquals(new FunctionMatcher.Matched(List.of(new FunctionMatcher.Named("md-5@0.10.1#md5::compress",
                MatchRule.NORMALISED))), new FunctionMatcher(md5).match("md_5::compress", n -> false));
    }

    @Test
    void formsOfNames() {
        assertEquals(List.of("vuln_lib::Parser::sanitize", "vuln_lib::Sanitize::sanitize"),
                RustPath.forms("<vuln_lib::Parser as vuln_lib::Sanitize>::sanitize").stream()
                        .map(RustPath.Form::key).toList());
        assertEquals(List.of("alloc::vec::Vec::push"),
                RustPath.forms("<alloc::vec::Vec<u8>>::push").stream().map(RustPath.Form::key).toList());
        assertEquals(List.of("a::T::fmt", "core::fmt::Debug::fmt"),
                RustPath.forms("<&mut a::T<X> as core::fmt::Debug>::fmt").stream().map(RustPath.Form::key).toList());
        assertEquals(List.of("diesel::deserialize::FromSql::from_sql"),
                RustPath.forms("diesel::deserialize::FromSql::<Text,Sqlite>::from_sql").stream()
                        .map(RustPath.Form::key).toList());
        assertEquals(List.of("crayon::utils::object_pool::ObjectPool::free"),
                RustPath.forms("crayon::utils::object_pool::ObjectPool<H,T>::free").stream()
                        .map(RustPath.Form::key).toList());
        assertEquals(Set.of("zlibby::compress::{closure#0}"),
                Set.copyOf(RustPath.forms("zlibby::compress::{closure#0}").stream().map(RustPath.Form::key).toList()));
    }
}
