package dev.easel.analyzer.extract;

import dev.easel.analyzer.ffi.NativeLinkHints;
import dev.easel.analyzer.ir.FixtureBuild;
import dev.easel.analyzer.model.Callback;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.FunctionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real crates from Debian's librust-*-dev packages, built offline: flate2 over zlib crosses into C, regex does not.
 * Needs librust-flate2-dev (with libz-sys) and librust-regex-dev.
 */
class DebianCratesExtractionTest {
    @TempDir
    static Path work;

    @Test
    void flate2WithZlibCallsZlib() throws IOException {
        FixtureBuild.Output out = FixtureBuild.buildDebianCrate("flate2-1.0.25", work,
                List.of("--no-default-features", "--features", "zlib"));
        Extraction x = CallGraphExtractor.extract("flate2", out.ll(), out.mir(),
                new NativeLinkHints(Map.of("inflateSetDictionary", "z", "deflateInit2_", "z")));
        Map<String, Integer> bySymbol = x.foreignCalls().stream()
                .collect(Collectors.groupingBy(ForeignCall::symbol, Collectors.summingInt(ForeignCall::count)));
        assertTrue(bySymbol.keySet().containsAll(Set.of("inflateSetDictionary", "deflateInit2_", "inflateInit2_",
                "deflate", "inflate", "deflateEnd", "inflateEnd")), bySymbol.toString());
        ForeignCall setDict = x.foreignCalls().stream().filter(f -> f.symbol().equals("inflateSetDictionary"))
                .findFirst().orElseThrow();
        assertEquals("z", setDict.library());
        FunctionInfo caller = x.functions().stream().filter(f -> f.id().equals(setDict.caller())).findFirst()
                .orElseThrow();
        assertEquals("flate2", caller.crate());
        assertTrue(caller.name().endsWith("set_dictionary"), caller.name());
        // zlib's allocator hooks are Rust functions handed to C
        assertTrue(x.callbacks().containsAll(List.of(new Callback("flate2::ffi::c::zalloc", "C",
                x.callbacks().get(0).in()), new Callback("flate2::ffi::c::zfree", "C", x.callbacks().get(0).in()))),
                x.callbacks().toString());
        assertEquals(0, x.linesSkipped(), x.problems().toString());
        // every callee that is a Rust symbol has a crate
        x.calls().stream().filter(e -> e.callee() != null && e.callee().startsWith("_R"))
                .forEach(e -> assertTrue(e.calleeCrate() != null, e.toString()));
    }

    @Test
    void regexCallsNoC() throws IOException {
        FixtureBuild.Output out = FixtureBuild.buildDebianCrate("regex-1.7.1", work, List.of());
        Extraction x = CallGraphExtractor.extract("regex", out.ll(), out.mir(), NativeLinkHints.none());
        // memcmp appears in the .ll, but inside core's <str as PartialEq>::eq instantiated here: core's, not regex's
        assertEquals(List.of(), x.foreignCalls());
        assertEquals(List.of(), x.exports());
        assertEquals(List.of(), x.callbacks());
        assertTrue(x.functions().size() > 1000);
        assertTrue(x.functions().stream().anyMatch(f -> "regex".equals(f.crate())));
        assertTrue(x.functions().stream().anyMatch(f -> "regex".equals(f.instantiatedIn())), "generic code of others");
        assertEquals(0, x.linesSkipped(), x.problems().toString());
    }
}
