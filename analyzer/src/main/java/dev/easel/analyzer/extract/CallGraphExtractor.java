package dev.easel.analyzer.extract;

import dev.easel.analyzer.demangle.DemangledSymbol;
import dev.easel.analyzer.demangle.RustDemangler;
import dev.easel.analyzer.ffi.NativeLinkHints;
import dev.easel.analyzer.ffi.SymbolKind;
import dev.easel.analyzer.ir.IrAlias;
import dev.easel.analyzer.ir.IrCall;
import dev.easel.analyzer.ir.IrFunction;
import dev.easel.analyzer.ir.IrModule;
import dev.easel.analyzer.ir.SourceLocation;
import dev.easel.analyzer.mir.MirCall;
import dev.easel.analyzer.mir.MirCoercion;
import dev.easel.analyzer.mir.MirFunction;
import dev.easel.analyzer.mir.MirModule;
import dev.easel.analyzer.mir.MirReader;
import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.Callback;
import dev.easel.analyzer.model.Export;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.Provenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts one crate's call graph and FFI boundary from the .ll (and optionally .mir) rustc wrote for it.
 *
 * <p>Rules:
 * <ul>
 *   <li>Every function and callee is attributed to a crate from its symbol via {@link RustDemangler}
 *       ({@code crate}; {@code instantiatedIn} from the v0 instantiating-crate suffix or, failing that, this crate
 *       when it defines another crate's code). Unmangled functions defined here (#[no_mangle], export_name) are this
 *       crate's.</li>
 *   <li>Imports: calls from this crate's functions to declared symbols of {@link SymbolKind#FOREIGN} kind. Calls
 *       to C from another crate's code instantiated here (e.g. {@code memcmp} inside core's {@code <str as
 *       PartialEq>::eq}) belong to that crate and are not this crate's imports.</li>
 *   <li>Exports: defined, externally visible, unmangled symbols (and such aliases), with file/line from debug info.</li>
 *   <li>Callbacks: MIR coercions of a function item to a foreign-ABI function pointer.</li>
 *   <li>MIR functions are matched to IR functions by demangled path ({@link PathKey}), impl methods by source
 *       position; matched functions and edges get provenance BOTH. Unmatched MIR functions (generic code) get id
 *       {@code mir:<crate>::<path>} and keep their calls with provenance MIR.</li>
 * </ul>
 */
public final class CallGraphExtractor {
    private static final Logger LOG = LoggerFactory.getLogger(CallGraphExtractor.class);
    private static final String MIR_PREFIX = "mir:";
    private static final Pattern CLOSURE_CALL = Pattern.compile(
            "<\\{closure@(.+?):(\\d+):\\d+: \\d+:\\d+\\} as Fn(?:Mut|Once)?<.*>>::call(?:_mut|_once)?");

    private record EdgeKey(String caller, String callee, CallEdge.Kind kind) {
    }

    private static final class EdgeAcc {
        final String calleeName;
        final String calleeCrate;
        int count;
        Provenance provenance;

        EdgeAcc(String calleeName, String calleeCrate, Provenance provenance) {
            this.calleeName = calleeName;
            this.calleeCrate = calleeCrate;
            this.provenance = provenance;
        }
    }

    private record ForeignKey(String caller, String symbol) {
    }

    private final String crate;
    private final NativeLinkHints hints;
    private final Map<String, Optional<DemangledSymbol>> demangled = new HashMap<>();
    private final Map<String, FunctionInfo> functions = new LinkedHashMap<>();
    private final Map<EdgeKey, EdgeAcc> edges = new LinkedHashMap<>();
    private final Map<ForeignKey, int[]> foreign = new LinkedHashMap<>();
    private final List<Export> exports = new ArrayList<>();
    private final List<Callback> callbacks = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    /** PathKey → ids of Rust functions (defined or called) with that key. */
    private final Map<String, Set<String>> byKey = new HashMap<>();
    /** last key segment → keys, for paths rustc printed trimmed. */
    private final Map<String, Set<String>> keysByLastSegment = new HashMap<>();
    private final Set<String> knownCrates = new HashSet<>();
    private IrModule ir;

    private CallGraphExtractor(String crateName, NativeLinkHints hints) {
        this.crate = crateName.replace('-', '_');
        this.hints = hints == null ? NativeLinkHints.none() : hints;
    }

    /**
     * @param crateName the crate's name (package or lib name; '-' is read as '_')
     * @param ll        the .ll rustc wrote
     * @param mir       the .mir rustc wrote, or null
     * @param hints     foreign symbol → library, from the crate's link declarations
     * @throws IOException when the .ll cannot be read at all (a missing or unreadable .mir is a problem instead)
     */
    public static Extraction extract(String crateName, Path ll, Path mir, NativeLinkHints hints) throws IOException {
        return new CallGraphExtractor(crateName, hints).run(ll, mir);
    }

    private Extraction run(Path ll, Path mir) throws IOException {
        ir = IrModule.read(ll);
        problems.addAll(ir.problems());
        readIr();
        long mirRead = 0;
        long mirSkipped = 0;
        if (mir != null) {
            try {
                MirModule mm = MirReader.read(mir);
                problems.addAll(mm.problems());
                mirRead = mm.linesRead();
                mirSkipped = mm.linesSkipped();
                mergeMir(mm);
            } catch (IOException e) {
                problems.add(new Problem("mir", mir.toString(), 0, "cannot read MIR: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            LOG.warn("{}: {} problems reading {} (first: {})", crate, problems.size(), ll, problems.get(0));
        }
        List<CallEdge> calls = new ArrayList<>(edges.size());
        edges.forEach((k, e) -> calls.add(new CallEdge(k.caller(), k.callee(), e.calleeName, e.calleeCrate, k.kind(),
                e.count, e.provenance)));
        List<ForeignCall> foreignCalls = new ArrayList<>(foreign.size());
        foreign.forEach((k, n) -> foreignCalls.add(new ForeignCall(k.caller(), k.symbol(), n[0],
                hints.library(k.symbol()))));
        return new Extraction(List.copyOf(functions.values()), calls, foreignCalls, exports, callbacks, problems,
                ir.linesRead(), ir.linesSkipped(), mirRead, mirSkipped);
    }

    // ---- IR ---------------------------------------------------------------------------------------------------

    private Optional<DemangledSymbol> demangle(String symbol) {
        return demangled.computeIfAbsent(symbol, s -> {
            Optional<DemangledSymbol> d = SymbolKind.of(s) == SymbolKind.RUST ? RustDemangler.demangle(s)
                    : Optional.empty();
            d.ifPresent(x -> knownCrates.addAll(x.crates()));
            return d;
        });
    }

    private void readIr() {
        for (IrFunction f : ir.functions()) {
            Optional<DemangledSymbol> d = demangle(f.symbol());
            Optional<SourceLocation> loc = ir.location(f);
            String name = d.map(DemangledSymbol::display).orElse(f.symbol());
            String fnCrate = d.map(DemangledSymbol::crate).orElse(crate);
            String instantiatedIn = d.map(DemangledSymbol::instantiatingCrate).orElse(null);
            if (instantiatedIn == null && !crate.equals(fnCrate)) {
                instantiatedIn = crate;
            }
            if (Objects.equals(instantiatedIn, fnCrate)) {
                instantiatedIn = null;
            }
            boolean exported = d.isEmpty() && f.externallyVisible() && SymbolKind.of(f.symbol()) == SymbolKind.FOREIGN;
            functions.put(f.symbol(), new FunctionInfo(f.symbol(), name, fnCrate, instantiatedIn,
                    loc.map(SourceLocation::file).orElse(null), loc.map(SourceLocation::line).orElse(0),
                    f.linkage(), exported, false, Provenance.IR));
            index(f.symbol(), name);
            if (d.isEmpty()) {
                // #[no_mangle] / export_name: MIR knows it by its Rust name
                index(f.symbol(), crate + "::" + f.symbol());
                ir.sourceName(f).ifPresent(n -> index(f.symbol(), crate + "::" + n));
            }
            if (exported) {
                exports.add(new Export(f.symbol(), loc.map(SourceLocation::file).orElse(null),
                        loc.map(SourceLocation::line).orElse(0)));
            }
        }
        for (IrAlias a : ir.aliases()) {
            if (a.externallyVisible() && SymbolKind.of(a.symbol()) == SymbolKind.FOREIGN) {
                Optional<SourceLocation> loc = ir.function(a.aliasee()).flatMap(ir::location);
                exports.add(new Export(a.symbol(), loc.map(SourceLocation::file).orElse(null),
                        loc.map(SourceLocation::line).orElse(0)));
            }
        }
        for (IrFunction f : ir.functions()) {
            String callerCrate = functions.get(f.symbol()).crate();
            for (IrCall c : f.calls()) {
                irCall(f.symbol(), callerCrate, c);
            }
        }
    }

    private void irCall(String caller, String callerCrate, IrCall c) {
        String callee = c.callee();
        if (callee == null) {
            edge(caller, null, null, null, CallEdge.Kind.INDIRECT, c.count(), Provenance.IR);
            return;
        }
        FunctionInfo defined = functions.get(callee);
        if (defined != null) {
            edge(caller, callee, defined.name(), defined.crate(), c.kind(), c.count(), Provenance.IR);
            return;
        }
        switch (SymbolKind.of(callee)) {
            case RUST -> {
                DemangledSymbol d = demangle(callee).orElseThrow();
                index(callee, d.display());
                edge(caller, callee, d.display(), d.crate(), c.kind(), c.count(), Provenance.IR);
            }
            case RUNTIME -> edge(caller, callee, callee, null, c.kind(), c.count(), Provenance.IR);
            case FOREIGN -> {
                if (crate.equals(callerCrate)) {
                    foreign.computeIfAbsent(new ForeignKey(caller, callee), k -> new int[1])[0] += c.count();
                }
            }
            case INTRINSIC -> {
                // excluded from the graph
            }
        }
    }

    private void edge(String caller, String callee, String calleeName, String calleeCrate, CallEdge.Kind kind,
                      int count, Provenance provenance) {
        EdgeAcc acc = edges.computeIfAbsent(new EdgeKey(caller, callee, kind),
                k -> new EdgeAcc(calleeName, calleeCrate, provenance));
        acc.count += count;
    }

    private void index(String id, String path) {
        String key = PathKey.of(path);
        if (byKey.computeIfAbsent(key, k -> new HashSet<>()).add(id)) {
            List<String> segs = PathKey.split(key);
            if (!segs.isEmpty()) {
                keysByLastSegment.computeIfAbsent(segs.get(segs.size() - 1), k -> new HashSet<>()).add(key);
            }
        }
    }

    // ---- MIR --------------------------------------------------------------------------------------------------

    private void mergeMir(MirModule mm) {
        Map<String, TreeSet<Integer>> implStarts = new HashMap<>();
        Set<String> localKeys = new HashSet<>();
        for (MirFunction m : mm.functions()) {
            if (m.implAt() != null) {
                implStarts.computeIfAbsent(m.implAt().file(), k -> new TreeSet<>()).add(m.implAt().line());
            }
            localKeys.add(PathKey.of(qualified(m.path())));
        }
        for (MirFunction m : mm.functions()) {
            List<String> matched = m.implAt() != null ? matchImplMethod(m, implStarts) : matchByPath(m);
            String id;
            if (matched.size() == 1) {
                id = matched.get(0);
            } else {
                id = MIR_PREFIX + qualified(m.path());
                functions.putIfAbsent(id, new FunctionInfo(id, qualified(m.path()), crate, null,
                        m.implAt() == null ? null : m.implAt().file(), 0, null, false, false, Provenance.MIR));
            }
            for (String irId : matched) {
                FunctionInfo f = functions.get(irId);
                functions.put(irId, withProvenance(f, Provenance.BOTH));
            }
            for (MirCall call : m.calls()) {
                mirCall(id, matched, call, localKeys);
            }
            for (MirCoercion co : m.coercions()) {
                List<String> target = resolve(co.function(), localKeys);
                String name = target.size() == 1 && functions.containsKey(target.get(0))
                        ? functions.get(target.get(0)).name() : qualifiedIfLocal(co.function(), localKeys);
                callbacks.add(new Callback(name, co.abi(), id));
            }
        }
    }

    private static FunctionInfo withProvenance(FunctionInfo f, Provenance p) {
        return new FunctionInfo(f.id(), f.name(), f.crate(), f.instantiatedIn(), f.file(), f.line(), f.linkage(),
                f.exported(), f.unsafe(), f.provenance().merge(p));
    }

    private String qualified(String mirPath) {
        return crate + "::" + mirPath;
    }

    private String qualifiedIfLocal(String path, Set<String> localKeys) {
        return localKeys.contains(PathKey.of(qualified(path))) ? qualified(path) : path;
    }

    /** IR functions defined here whose demangled path has the MIR function's key. */
    private List<String> matchByPath(MirFunction m) {
        Set<String> ids = byKey.getOrDefault(PathKey.of(qualified(m.path())), Set.of());
        return ids.stream().filter(id -> ir.function(id).isPresent()).sorted().toList();
    }

    /**
     * {@code <impl at file:L:C: …>::tail}: IR functions in that file whose path ends with an impl segment and tail,
     * defined after line L and before the next impl block of the file; the nearest ones (all instantiations).
     */
    private List<String> matchImplMethod(MirFunction m, Map<String, TreeSet<Integer>> implStarts) {
        List<String> segs = PathKey.segments(m.path());
        int implSeg = -1;
        for (int i = 0; i < segs.size(); i++) {
            if (segs.get(i).startsWith("<impl at ")) {
                implSeg = i;
            }
        }
        List<String> tail = segs.subList(implSeg + 1, segs.size());
        if (tail.isEmpty()) {
            return List.of();
        }
        String file = m.implAt().file();
        int implLine = m.implAt().line();
        Integer next = implStarts.getOrDefault(file, new TreeSet<>()).higher(implLine);
        int bestLine = Integer.MAX_VALUE;
        List<String> best = new ArrayList<>();
        for (IrFunction f : ir.functions()) {
            FunctionInfo info = functions.get(f.symbol());
            if (info.file() == null || info.line() < implLine || (next != null && info.line() >= next)
                    || !(info.file().equals(file) || info.file().endsWith("/" + file))) {
                continue;
            }
            List<String> fs = PathKey.segments(info.name());
            if (fs.size() <= tail.size() || !fs.subList(fs.size() - tail.size(), fs.size()).equals(tail)) {
                continue;
            }
            if (info.line() < bestLine) {
                bestLine = info.line();
                best.clear();
            }
            if (info.line() == bestLine) {
                best.add(f.symbol());
            }
        }
        return best;
    }

    /**
     * Ids of Rust functions a MIR path names: a closure called through its Fn trait by the closure's source
     * position; else the exact key (as a local path, then as printed); else a unique suffix.
     */
    private List<String> resolve(String path, Set<String> localKeys) {
        Matcher closure = CLOSURE_CALL.matcher(path);
        if (closure.matches()) {
            String file = closure.group(1);
            int line = Integer.parseInt(closure.group(2));
            return functions.values().stream()
                    .filter(f -> f.provenance() != Provenance.MIR && f.line() == line && f.file() != null
                            && (f.file().equals(file) || f.file().endsWith("/" + file))
                            && f.name().contains("{closure#"))
                    .map(FunctionInfo::id).sorted().toList();
        }
        Set<String> ids = byKey.get(PathKey.of(qualified(path)));
        if (ids == null) {
            ids = byKey.get(PathKey.of(path));
        }
        if (ids == null) {
            List<String> segs = PathKey.segments(path);
            if (segs.isEmpty()) {
                return List.of();
            }
            String suffix = "::" + String.join("::", segs);
            List<String> keys = keysByLastSegment.getOrDefault(segs.get(segs.size() - 1), Set.of()).stream()
                    .filter(k -> k.endsWith(suffix) || k.equals(suffix.substring(2))).toList();
            if (keys.size() == 1 && !localKeys.contains(PathKey.of(qualified(path)))) {
                ids = byKey.get(keys.get(0));
            }
        }
        return ids == null ? List.of() : ids.stream().sorted().toList();
    }

    private void mirCall(String caller, List<String> irCallers, MirCall call, Set<String> localKeys) {
        String callee = call.callee();
        if (callee == null || callee.startsWith("<dyn ")) {
            // through a pointer or a vtable: the IR shows it as an indirect call
            if (!markBoth(irCallers, null)) {
                edge(caller, null, callee, null, CallEdge.Kind.INDIRECT, call.count(), Provenance.MIR);
            }
            return;
        }
        List<String> segs = PathKey.segments(callee);
        String last = segs.isEmpty() ? callee : segs.get(segs.size() - 1);
        if (ir.declarations().contains(last) && SymbolKind.of(last) == SymbolKind.FOREIGN) {
            // a call into C: the IR import is the fact; MIR adds it only for bodies the IR lacks (generic code)
            boolean inIr = irCallers.stream().anyMatch(c -> foreign.containsKey(new ForeignKey(c, last)));
            if (!inIr && irCallers.isEmpty()) {
                foreign.computeIfAbsent(new ForeignKey(caller, last), k -> new int[1])[0] += call.count();
            }
            return;
        }
        List<String> targets = resolve(callee, localKeys);
        for (String t : targets) {
            if (markBoth(irCallers, t)) {
                return;
            }
        }
        String calleeId;
        String calleeName;
        String calleeCrate;
        if (targets.size() == 1) {
            calleeId = targets.get(0);
            FunctionInfo f = functions.get(calleeId);
            Optional<DemangledSymbol> d = demangle(calleeId);
            calleeName = f != null ? f.name() : d.map(DemangledSymbol::display).orElse(calleeId);
            calleeCrate = f != null ? f.crate() : d.map(DemangledSymbol::crate).orElse(null);
        } else if (localKeys.contains(PathKey.of(qualified(callee)))) {
            calleeName = qualified(stripTurbofish(callee));
            calleeId = MIR_PREFIX + calleeName;
            calleeCrate = crate;
        } else {
            calleeName = stripTurbofish(callee);
            calleeId = MIR_PREFIX + calleeName;
            List<String> raw = PathKey.split(callee);
            // a path printed from its crate root names a crate this IR's symbols mention
            calleeCrate = !raw.isEmpty() && knownCrates.contains(raw.get(0)) ? raw.get(0) : null;
        }
        edge(caller, calleeId, calleeName, calleeCrate, call.kind(), call.count(), Provenance.MIR);
    }

    /** Marks IR edges from any of the callers to the callee (null: indirect) as seen in MIR too. */
    private boolean markBoth(List<String> irCallers, String callee) {
        boolean any = false;
        for (String c : irCallers) {
            for (CallEdge.Kind k : CallEdge.Kind.values()) {
                EdgeAcc e = edges.get(new EdgeKey(c, callee, k));
                if (e != null) {
                    e.provenance = e.provenance.merge(Provenance.MIR);
                    any = true;
                }
            }
        }
        return any;
    }

    /** {@code apply::<u32, {closure@…}>} → {@code apply}: one MIR node per generic function, not per instantiation. */
    private static String stripTurbofish(String path) {
        List<String> segs = PathKey.split(path);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < segs.size(); i++) {
            if (!(i > 0 && segs.get(i).startsWith("<") && !segs.get(i).startsWith("<impl "))) {
                kept.add(segs.get(i));
            }
        }
        return String.join("::", kept);
    }
}
