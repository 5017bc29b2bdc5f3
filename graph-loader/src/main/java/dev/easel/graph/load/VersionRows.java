package dev.easel.graph.load;

import dev.easel.analyzer.model.BuildOutcome;
import dev.easel.analyzer.model.BuildScriptEffects;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.Export;
import dev.easel.analyzer.model.ForeignInterface;
import dev.easel.analyzer.model.LinkedLibrary;
import dev.easel.analyzer.model.Manifest;
import dev.easel.analyzer.model.NativeCode;
import dev.easel.analyzer.model.NativeLanguage;
import dev.easel.analyzer.model.ResolvedDependency;
import dev.easel.analyzer.model.SemVer;
import dev.easel.analyzer.model.UnsafeCounters;
import dev.easel.analyzer.model.VcsInfo;
import dev.easel.graph.callgraph.Call;
import dev.easel.graph.callgraph.CallGraph;
import dev.easel.graph.callgraph.CallGraphDot;
import dev.easel.graph.callgraph.CallGraphBuilder;
import dev.easel.graph.callgraph.ForeignCallSite;
import dev.easel.graph.callgraph.FunctionNode;
import dev.easel.graph.schema.IndexKey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameter rows one analysed version contributes to each {@link Statement}. Rows are plain maps and lists
 * (driver parameter types); never Cypher text. The online loader sends them as {@code $rows}; the CSV exporter
 * writes the same rows, so both paths give the same graph.
 */
public final class VersionRows {
    private static final Logger LOG = LoggerFactory.getLogger(VersionRows.class);

    final String versionId;
    /** Source-only analysis (no build, no functions): replaces only the facts it has. */
    final boolean factsOnly;
    final Map<Statement, List<Row>> rows = new EnumMap<>(Statement.class);

    public String versionId() {
        return versionId;
    }

    public boolean factsOnly() {
        return factsOnly;
    }

    /** The rows for one statement. */
    public List<Row> rows(Statement statement) {
        return rows.getOrDefault(statement, List.of());
    }

    private VersionRows(String versionId, boolean factsOnly) {
        this.versionId = versionId;
        this.factsOnly = factsOnly;
    }

    int size() {
        return rows.values().stream().mapToInt(List::size).sum();
    }

    private void node(Statement s, Object key, Map<String, Object> props) {
        s.requireDeclared(props.keySet());
        rows.computeIfAbsent(s, k -> new ArrayList<>()).add(new Row.Node(key, props));
    }

    private void node(Statement s, Object key) {
        node(s, key, Map.of());
    }

    private void relationship(Statement s, Object from, Object to, Map<String, Object> props) {
        s.requireDeclared(props.keySet());
        rows.computeIfAbsent(s, k -> new ArrayList<>()).add(new Row.Relationship(from, to, props));
    }

    private void relationship(Statement s, Object from, Object to) {
        relationship(s, from, to, Map.of());
    }

    static boolean isFactsOnly(CrateAnalysis a) {
        return a.functions().isEmpty() && a.calls().isEmpty() && a.foreignCalls().isEmpty()
                && (a.build() == null || a.build().status() == BuildOutcome.Status.SKIPPED);
    }

    private static void writeDot(CallGraph graph, Path dir) {
        Path file = dir.resolve(graph.versionId().replaceAll("[^A-Za-z0-9._@+-]", "_") + ".dot");
        try {
            Files.createDirectories(dir);
            CallGraphDot.write(graph, file);
        } catch (IOException e) {
            LOG.warn("cannot write the call graph of {} to {}: {}", graph.versionId(), file, e.toString());
        }
    }

    public static VersionRows of(CrateAnalysis a, LoadOptions options) {
        boolean factsOnly = isFactsOnly(a);
        VersionRows out = new VersionRows(a.id(), factsOnly);
        String vid = a.id();
        Set<String> crates = new LinkedHashSet<>();
        Set<String> libraries = new LinkedHashSet<>();
        Set<String> foreignFunctions = new LinkedHashSet<>();
        crates.add(a.name());

        CallGraph graph = factsOnly ? null : new CallGraphBuilder(options.detail(), options.std()).build(a);
        if (graph != null && options.dotDir() != null) {
            writeDot(graph, options.dotDir());
        }
        out.node(Statement.VERSION, vid, versionProps(a, graph));
        out.relationship(Statement.VERSION_OF, vid, a.name());

        if (a.manifest() != null) {
            for (Dependency d : a.manifest().dependencies()) {
                if (d.name() == null) {
                    continue;
                }
                crates.add(d.name());
                Map<String, Object> props = new HashMap<>();
                props.put("requirement", d.requirement());
                props.put("kind", d.kind() == null ? "normal" : d.kind().cypherName());
                props.put("optional", d.optional());
                props.put("features", emptyToNull(d.features()));
                props.put("target", d.target());
                props.put("default_features", d.defaultFeatures());
                props.put("rename", d.rename());
                out.relationship(Statement.DEPENDS_ON, vid, d.name(), props);
            }
        }
        Set<Row.Relationship> links = new LinkedHashSet<>(); // one per library, kind and origin
        ForeignInterface fi = a.foreignInterface();
        String linkTarget = fi == null ? null : fi.target();
        boolean inferred = fi != null ? fi.inferred()
                : a.build() == null || a.build().status() == BuildOutcome.Status.SKIPPED;
        for (LinkedLibrary l : a.linkedLibraries()) {
            if (l.name() != null) {
                libraries.add(l.name());
                // a build script's libraries are what that build did, never inferred
                boolean guessed = inferred && LinkedLibrary.VIA_LINK_ATTRIBUTE.equals(l.via());
                links.add(new Row.Relationship(vid, l.name(), row("kind", l.kind(), "via", l.via(),
                        "target", linkTarget, "inferred", guessed)));
            }
        }
        links.forEach(r -> out.relationship(Statement.LINKS, r.from(), r.to(), r.props()));

        if (!factsOnly) {
            Set<String> resolved = new LinkedHashSet<>();
            for (ResolvedDependency r : a.resolved()) {
                if (r.name() == null || r.version() == null) {
                    continue;
                }
                String target = r.name() + "@" + r.version();
                if (!resolved.add(target + '\u0000' + r.kind())) {
                    continue;
                }
                crates.add(r.name());
                SemVer sv = SemVer.tryParse(r.version());
                Map<String, Object> stub = new HashMap<>();
                stub.put("name", r.name());
                stub.put("version", r.version());
                stub.put("major", sv == null ? null : sv.major());
                stub.put("minor", sv == null ? null : sv.minor());
                stub.put("patch", sv == null ? null : sv.patch());
                stub.put("pre", sv == null ? null : sv.pre());
                stub.put("analysed", false);
                out.node(Statement.VERSION_STUB, target, stub);
                out.relationship(Statement.VERSION_OF, target, r.name());
                out.relationship(Statement.RESOLVED_TO, vid, target,
                        row("kind", r.kind() == null ? "normal" : r.kind().cypherName()));
            }
            graph.invokes().forEach((crate, calls) -> {
                crates.add(crate);
                out.relationship(Statement.INVOKES, vid, crate, row("calls", calls));
            });
            for (FunctionNode f : graph.functions().values()) {
                if (f.stub()) {
                    out.node(Statement.FUNCTION_STUB, f.id(), row("name", f.name(), "name_key", IndexKey.of(f.name()),
                            "crate", f.crate(), "version", f.version()));
                } else {
                    out.node(Statement.FUNCTION, f.id(), functionProps(f));
                    out.relationship(Statement.DEFINES, vid, f.id());
                }
            }
            List<Call> calls = new ArrayList<>(graph.calls());
            // by caller: a batch touches few callers' relationship chains, so concurrent batches rarely contend
            calls.sort(java.util.Comparator.comparing(Call::caller));
            for (Call c : calls) {
                out.relationship(Statement.CALLS, c.caller(), c.callee(), row(
                        "kind", c.kind().name().toLowerCase(Locale.ROOT), "count", c.count(),
                        "provenance", c.provenance() == null ? null : c.provenance().name()));
            }
            Set<String> provided = new LinkedHashSet<>();
            for (ForeignCallSite s : graph.foreignCalls()) {
                foreignFunctions.add(s.symbol());
                String key = IndexKey.of(s.symbol());
                out.relationship(Statement.CALLS_FOREIGN, s.caller(), key, row("count", s.count()));
                if (s.library() != null) {
                    libraries.add(s.library());
                    if (provided.add(s.symbol() + '\u0000' + s.library())) {
                        out.relationship(Statement.PROVIDED_BY, key, s.library());
                    }
                }
            }
            Set<String> exported = new LinkedHashSet<>();
            for (Export e : a.exports()) {
                if (e.symbol() != null && exported.add(e.symbol())) {
                    foreignFunctions.add(e.symbol());
                    out.relationship(Statement.EXPORTS, vid, IndexKey.of(e.symbol()));
                }
            }
        }
        crates.forEach(c -> out.node(Statement.CRATE, c));
        libraries.forEach(l -> out.node(Statement.NATIVE_LIBRARY, l));
        // a symbol too long for the index is keyed by IndexKey; the whole symbol stays as full_name
        foreignFunctions.forEach(f -> out.node(Statement.FOREIGN_FUNCTION, IndexKey.of(f),
                row("full_name", IndexKey.shortens(f) ? f : null)));
        return out;
    }

    /** A map that may hold nulls (Map.of may not); a null property is simply not set. */
    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /**
     * The Version's properties (docs/ARCHITECTURE.md, "Graph model"). A null value removes a property left by an
     * earlier analysis; keys an analysis cannot know ({@code yanked}, {@code latest}) are never in the map, so the
     * index import's values survive.
     */
    static Map<String, Object> versionProps(CrateAnalysis a, CallGraph graph) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", a.name());
        p.put("version", a.version());
        Manifest m = a.manifest();
        SemVer sv = m != null && m.semver() != null ? m.semver() : SemVer.tryParse(a.version());
        p.put("major", sv == null ? null : sv.major());
        p.put("minor", sv == null ? null : sv.minor());
        p.put("patch", sv == null ? null : sv.patch());
        p.put("pre", sv == null ? null : sv.pre());
        p.put("links", m == null ? null : m.links());
        p.put("edition", m == null ? null : m.edition());
        p.put("license", m == null ? null : m.license());
        p.put("repository", m == null ? null : m.repository());
        p.put("build_script", m != null && m.hasBuildScript());
        p.put("proc_macro", m != null && m.procMacro());
        p.put("source_checksum", a.source() == null ? null : a.source().checksum());

        UnsafeCounters u = a.unsafeCounters();
        p.put("unsafe_total", u == null ? null : u.unsafeTotal());
        putCount(p, "functions", u == null ? null : u.functions());
        putCount(p, "exprs", u == null ? null : u.exprs());
        putCount(p, "impls", u == null ? null : u.itemImpls());
        putCount(p, "traits", u == null ? null : u.itemTraits());
        putCount(p, "methods", u == null ? null : u.methods());
        p.put("unsafe_blocks", u == null ? null : u.unsafeBlocks());
        // the target's extern blocks when known (libc's BSD modules are no part of a Linux build), else every file's
        ForeignInterface fi = a.foreignInterface();
        p.put("extern_blocks", fi != null ? Integer.valueOf(fi.externBlocks()) : u == null ? null : u.externBlocks());
        p.put("foreign_items", fi != null ? Integer.valueOf(fi.foreignItems()) : u == null ? null : u.foreignItems());
        p.put("target", fi == null ? null : fi.target());
        p.put("ffi_basis", fi == null ? null : fi.basis().name().toLowerCase(Locale.ROOT));
        p.put("static_muts", u == null ? null : u.staticMuts());
        p.put("unsafe_attributes", u == null ? null : u.unsafeAttributes());
        p.put("macro_unsafe", u == null ? null : u.macroUnsafe());

        NativeCode n = a.nativeCode();
        p.put("native_files", n == null ? null : n.totalFiles());
        p.put("native_lines", n == null ? null : n.totalLines());
        p.put("c_lines", n == null ? null : lines(n, NativeLanguage.C));
        p.put("cpp_lines", n == null ? null : lines(n, NativeLanguage.CPP));
        p.put("asm_lines", n == null ? null : lines(n, NativeLanguage.ASSEMBLY));
        p.put("native_mechanisms", n == null ? null : emptyToNull(n.buildMechanisms()));

        // provenance facts (docs/provenance.md) and what the build script does (docs/build-scripts.md)
        VcsInfo vcs = a.vcs();
        p.put("homepage", m == null ? null : m.homepage());
        p.put("vcs_commit", vcs == null ? null : vcs.commit());
        p.put("vcs_path", vcs == null ? null : vcs.pathInVcs());
        p.put("vcs_dirty", vcs == null || !vcs.present() ? null : vcs.dirty());
        p.put("has_cargo_toml_orig", vcs == null ? null : vcs.cargoTomlOrig());
        BuildScriptEffects script = a.buildScript();
        p.put("build_script_effects", script == null ? null : emptyToNull(script.effects()));
        p.put("build_script_inferred", script == null ? null : emptyToNull(script.inferred()));

        if (graph != null) {
            // only a built analysis knows these; a source-only one leaves the build's values alone
            BuildOutcome b = a.build();
            p.put("analysed", true);
            // only a build observes a script: a source-only analysis leaves an earlier build's observations alone
            p.put("build_script_observed", script == null ? null : emptyToNull(script.observed()));
            p.put("build_status", b == null ? null : b.status().name().toLowerCase(Locale.ROOT));
            p.put("failure", b == null || b.failure() == null ? null : b.failure().name().toLowerCase(Locale.ROOT));
            p.put("failed_dependency", b == null ? null : b.dependency());
            p.put("dependency_failure", b == null || b.dependencyFailure() == null ? null
                    : b.dependencyFailure().name().toLowerCase(Locale.ROOT));
            p.put("missing_libraries", b == null ? null : emptyToNull(b.missingLibraries()));
            p.put("rustc", b == null ? null : b.rustcVersion());
            p.put("std_calls", graph.stdCalls());
            p.put("graph_detail", graph.stats().detail().toLowerCase(Locale.ROOT));
            p.put("graph_nodes_before", graph.stats().nodesBefore());
            p.put("graph_edges_before", graph.stats().edgesBefore());
            p.put("graph_nodes_after", graph.stats().nodesAfter());
            p.put("graph_edges_after", graph.stats().edgesAfter());
        } else if (a.build() != null && a.build().status() != BuildOutcome.Status.SKIPPED) {
            p.put("build_status", a.build().status().name().toLowerCase(Locale.ROOT));
        }
        return p;
    }

    /** An empty list is stored as no property (as neo4j-admin import does with an empty array field). */
    private static List<String> emptyToNull(List<String> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    private static void putCount(Map<String, Object> p, String name, UnsafeCounters.Count c) {
        p.put("unsafe_" + name, c == null ? null : c.unsafeCount());
        p.put("safe_" + name, c == null ? null : c.safe());
    }

    private static long lines(NativeCode n, NativeLanguage language) {
        return n.languages().stream().filter(l -> l.language() == language).mapToLong(NativeCode.LanguageCount::lines)
                .sum();
    }

    static Map<String, Object> functionProps(FunctionNode f) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", f.name());
        p.put("name_key", IndexKey.of(f.name()));
        p.put("crate", f.crate());
        p.put("version", f.version());
        p.put("owner", f.owner());
        p.put("instantiated_in", f.instantiatedIn());
        p.put("file", f.file());
        p.put("line", f.line());
        p.put("linkage", f.linkage());
        p.put("unsafe", f.unsafe());
        p.put("exported", f.exported());
        p.put("provenance", f.provenance() == null ? null : f.provenance().name());
        p.put("copies", f.copies());
        p.put("std_calls", f.stdCalls());
        p.put("intrinsic_calls", f.intrinsicCalls());
        p.put("indirect_calls", f.indirectCalls());
        p.put("foreign_calls", f.foreignCalls());
        p.put("reaches_ffi", f.reachesFfi());
        p.put("reaches_unsafe", f.reachesUnsafe());
        p.put("recursive", f.recursive());
        return p;
    }
}
