package dev.easel.graph.callgraph;

import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.Provenance;
import dev.easel.analyzer.model.ResolvedDependency;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Crate-level calls join packages, not the library names symbols spell: plist calls xml-rs (library xml), xml-rs's
 * own code under its library name is its own, and the toolchain's proc_macro and std_detect are the standard library.
 */
class CrateNamesTest {

    private static final String READ = "_RNvCs1_5plist4read";
    private static final String NEXT = "_RNvMCs2_3xmlNtB2_11EventReader4next";
    private static final String DETECT = "_RNvNtCs3_10std_detect6detect9check_for";
    private static final String PROC_MACRO = "_RNvNtCs4_10proc_macro6bridge5state";
    private static final String OWN = "_RNvNtCs2_3xml6reader4pull";
    private static final String CLOSURE = "_RNCNvNtCs2_3xml6reader4pull0";
    private static final String EACH = "_RINvCs5_5other4eachNCNvNtCs2_3xml6reader4pull0EB2_";

    private static Manifest manifest(String name, String version, String libName) {
        return new Manifest(name, version, null, "2021", null, null, null, null, null, null, List.of(), false,
                Map.of(), List.of(), null, libName);
    }

    private static BuildOutcome ok() {
        return new BuildOutcome(BuildOutcome.Status.OK, null, List.of(), "ok", null, "rustc 1.95.0", "", false, 1);
    }

    private static CallEdge call(String from, String to, String name, String crate, int count) {
        return new CallEdge(from, to, name, crate, CallEdge.Kind.DIRECT, count, Provenance.IR);
    }

    @Test
    void callsIntoALibraryNamedOtherThanItsPackageJoinThePackageVersion() {
        CrateAnalysis plist = CrateAnalysis.builder("plist", "1.3.1")
                .manifest(manifest("plist", "1.3.1", null))
                .build(ok())
                .resolved(List.of(new ResolvedDependency("xml-rs", "0.8.3", DependencyKind.NORMAL, "xml"),
                        new ResolvedDependency("line-wrap", "0.1.1", DependencyKind.NORMAL, "line_wrap")))
                .functions(List.of(new FunctionInfo(READ, "plist::read", "plist", null, "src/lib.rs", 3, "external",
                        false, false, Provenance.IR)))
                .calls(List.of(call(READ, NEXT, "<xml::reader::EventReader>::next", "xml", 2),
                        call(READ, DETECT, "std_detect::detect::check_for", "std_detect", 1),
                        call(READ, PROC_MACRO, "proc_macro::bridge::state", "proc_macro", 1)))
                .build();
        CallGraph g = CallGraphBuilder.build(plist, Detail.FULL);
        assertEquals(Map.of("xml-rs", 2L), g.invokes());
        assertEquals(2, g.stdCalls(), "proc_macro and std_detect are the toolchain's");
        FunctionNode next = g.function("xml-rs@0.8.3#<xml::reader::EventReader>::next");
        assertEquals("xml-rs", next.crate());
        assertEquals("0.8.3", next.version());
        assertNull(next.owner(), "a stub: xml-rs's own load defines it");
    }

    @Test
    void aCrateNeverInvokesItselfUnderItsLibraryName() {
        CrateAnalysis xml = CrateAnalysis.builder("xml-rs", "0.8.3")
                .manifest(manifest("xml-rs", "0.8.3", "xml"))
                .build(ok())
                .resolved(List.of(new ResolvedDependency("other", "1.0.0", DependencyKind.NORMAL, "other")))
                .functions(List.of(
                        new FunctionInfo(OWN, "xml::reader::pull", "xml", null, "src/reader.rs", 9, "external", false,
                                false, Provenance.IR),
                        new FunctionInfo(CLOSURE, "xml::reader::pull::{closure#0}", "xml", null, "src/reader.rs", 10,
                                "internal", false, false, Provenance.IR),
                        // another crate's generic, instantiated here, calling back into xml's closure
                        new FunctionInfo(EACH, "other::each::<xml::reader::pull::{closure#0}>", "other", "xml",
                                null, 0, "internal", false, false, Provenance.IR)))
                .calls(List.of(call(OWN, EACH, null, "other", 1), call(EACH, CLOSURE, null, "xml", 3)))
                .build();
        CallGraph g = CallGraphBuilder.build(xml, Detail.FULL);
        assertEquals(Map.of("other", 1L), g.invokes());
        FunctionNode own = g.function("xml-rs@0.8.3#xml::reader::pull");
        assertEquals("xml-rs", own.crate());
        assertEquals("xml-rs@0.8.3", own.owner());
        assertFalse(g.functions().keySet().stream().anyMatch(id -> id.startsWith("xml@")), g.functions().keySet()
                .toString());
    }

    @Test
    void packageAndLibraryNamesBothResolve() {
        CrateAnalysis a = CrateAnalysis.builder("Inflector", "0.11.4")
                .manifest(manifest("Inflector", "0.11.4", "inflector"))
                .resolved(List.of(new ResolvedDependency("cairo-sys-rs", "0.14.9", DependencyKind.NORMAL, "cairo_sys"),
                        new ResolvedDependency("libz-sys", "1.1.8", DependencyKind.NORMAL)))
                .build();
        CrateNames names = CrateNames.of(a);
        assertEquals("cairo-sys-rs", names.packageName("cairo_sys"));
        assertEquals("cairo-sys-rs@0.14.9", names.versionId("cairo_sys"));
        assertEquals("libz-sys@1.1.8", names.versionId("libz_sys"), "no library name known: the package's spelling");
        assertEquals("Inflector", names.packageName("inflector"));
        assertEquals(true, names.isOwn("inflector"));
        assertEquals(true, names.isOwn("Inflector"));
        assertEquals("unknown@?", names.versionId("unknown"));
    }
}
