package dev.easel.analyzer.model;

import java.util.List;

/**
 * Everything easel learned about one crate version: the seam between analysis and loading.
 * Serialized as one JSON object per line ({@link AnalysisJson}); every list is non-null.
 *
 * @param schema           format version of this record, {@link #SCHEMA}
 * @param name             package name from the manifest (or the folder when the manifest is unreadable)
 * @param version          package version
 * @param source           where the crate came from
 * @param manifest         facts from Cargo.toml; {@code null} only when there was no manifest at all
 * @param build            how the build went; {@link BuildOutcome#skipped} for source-only runs
 * @param unsafeCounters   geiger's counters and easel's extras, from source; null when not scanned
 * @param nativeCode       bundled native sources and build-script mechanisms; null when not scanned
 * @param foreignInterface extern blocks, foreign declarations and #[link] attributes as compiled for the target;
 *                         null when not scanned
 * @param vcs              what packaging left about the crate's repository and commit; null when not scanned
 * @param buildScript      what the build script does, inferred and (when built) observed; null when the crate has
 *                         no build script or was not scanned
 * @param linkedLibraries  native libraries the crate links for the target (build-script output, #[link] attributes)
 * @param resolved         exact versions of the dependencies the build used
 * @param functions        functions defined by this crate (and instantiated in it)
 * @param calls            call edges between functions, by symbol / path
 * @param foreignCalls     calls from this crate's functions into non-Rust symbols
 * @param exports          unmangled symbols this crate defines (C ABI exports)
 * @param callbacks        Rust functions coerced to foreign-ABI function pointers (handed to C)
 * @param problems         non-fatal problems met while analysing, each with file and line where known
 */
public record CrateAnalysis(
        int schema,
        String name,
        String version,
        CrateSource source,
        Manifest manifest,
        BuildOutcome build,
        UnsafeCounters unsafeCounters,
        NativeCode nativeCode,
        ForeignInterface foreignInterface,
        VcsInfo vcs,
        BuildScriptEffects buildScript,
        List<LinkedLibrary> linkedLibraries,
        List<ResolvedDependency> resolved,
        List<FunctionInfo> functions,
        List<CallEdge> calls,
        List<ForeignCall> foreignCalls,
        List<Export> exports,
        List<Callback> callbacks,
        List<Problem> problems) {

    /** 2: the foreign interface per target, library crate names of resolved dependencies, dependency failures. */
    public static final int SCHEMA = 2;

    public CrateAnalysis {
        linkedLibraries = List.copyOf(nullToEmpty(linkedLibraries));
        resolved = List.copyOf(nullToEmpty(resolved));
        functions = List.copyOf(nullToEmpty(functions));
        calls = List.copyOf(nullToEmpty(calls));
        foreignCalls = List.copyOf(nullToEmpty(foreignCalls));
        exports = List.copyOf(nullToEmpty(exports));
        callbacks = List.copyOf(nullToEmpty(callbacks));
        problems = List.copyOf(nullToEmpty(problems));
    }

    /** "name@version", the key of a Version node. */
    public String id() {
        return name + "@" + version;
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** A builder, because the record has many parts and stages of the pipeline fill different ones. */
    public static Builder builder(String name, String version) {
        return new Builder(name, version);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name, version);
        b.source = source;
        b.manifest = manifest;
        b.build = build;
        b.unsafeCounters = unsafeCounters;
        b.nativeCode = nativeCode;
        b.foreignInterface = foreignInterface;
        b.vcs = vcs;
        b.buildScript = buildScript;
        b.linkedLibraries = linkedLibraries;
        b.resolved = resolved;
        b.functions = functions;
        b.calls = calls;
        b.foreignCalls = foreignCalls;
        b.exports = exports;
        b.callbacks = callbacks;
        b.problems = problems;
        return b;
    }

    public static final class Builder {
        private final String name;
        private final String version;
        private CrateSource source;
        private Manifest manifest;
        private BuildOutcome build = BuildOutcome.skipped("not built");
        private UnsafeCounters unsafeCounters;
        private NativeCode nativeCode;
        private ForeignInterface foreignInterface;
        private VcsInfo vcs;
        private BuildScriptEffects buildScript;
        private List<LinkedLibrary> linkedLibraries = List.of();
        private List<ResolvedDependency> resolved = List.of();
        private List<FunctionInfo> functions = List.of();
        private List<CallEdge> calls = List.of();
        private List<ForeignCall> foreignCalls = List.of();
        private List<Export> exports = List.of();
        private List<Callback> callbacks = List.of();
        private List<Problem> problems = List.of();

        private Builder(String name, String version) {
            this.name = name;
            this.version = version;
        }

        public Builder source(CrateSource v) { source = v; return this; }
        public Builder manifest(Manifest v) { manifest = v; return this; }
        public Builder build(BuildOutcome v) { build = v; return this; }
        public Builder unsafeCounters(UnsafeCounters v) { unsafeCounters = v; return this; }
        public Builder nativeCode(NativeCode v) { nativeCode = v; return this; }
        public Builder foreignInterface(ForeignInterface v) { foreignInterface = v; return this; }
        public Builder vcs(VcsInfo v) { vcs = v; return this; }
        public Builder buildScript(BuildScriptEffects v) { buildScript = v; return this; }
        public Builder linkedLibraries(List<LinkedLibrary> v) { linkedLibraries = v; return this; }
        public Builder resolved(List<ResolvedDependency> v) { resolved = v; return this; }
        public Builder functions(List<FunctionInfo> v) { functions = v; return this; }
        public Builder calls(List<CallEdge> v) { calls = v; return this; }
        public Builder foreignCalls(List<ForeignCall> v) { foreignCalls = v; return this; }
        public Builder exports(List<Export> v) { exports = v; return this; }
        public Builder callbacks(List<Callback> v) { callbacks = v; return this; }
        public Builder problems(List<Problem> v) { problems = v; return this; }

        public CrateAnalysis build() {
            return new CrateAnalysis(SCHEMA, name, version, source, manifest, build, unsafeCounters, nativeCode,
                    foreignInterface, vcs, buildScript, linkedLibraries, resolved, functions, calls, foreignCalls, exports, callbacks,
                    problems);
        }
    }
}
