package dev.easel.analyzer.extract;

import dev.easel.analyzer.demangle.DemangledSymbol;
import dev.easel.analyzer.demangle.RustDemangler;
import dev.easel.analyzer.ffi.NativeLinkHints;
import dev.easel.analyzer.ffi.SymbolKind;
import dev.easel.analyzer.ir.IrModule;
import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.Callback;
import dev.easel.analyzer.model.Export;
import dev.easel.analyzer.model.ForeignCall;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.Provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the extraction passes ({@link IrPass}, {@link MirPass}) of one crate share: the functions, call edges, FFI
 * sites, exports and callbacks found so far, and the index of Rust paths MIR names are resolved against. Mutable,
 * and never seen outside one {@link CallGraphExtractor#extract} call.
 */
final class ExtractionState {

    record EdgeKey(String caller, String callee, CallEdge.Kind kind) {
    }

    static final class EdgeAcc {
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

    record ForeignKey(String caller, String symbol) {
    }

    /** The crate's name as symbols spell it ('-' read as '_'). */
    final String crate;
    final NativeLinkHints hints;
    final IrModule ir;
    final Map<String, Optional<DemangledSymbol>> demangled = new HashMap<>();
    final Map<String, FunctionInfo> functions = new LinkedHashMap<>();
    final Map<EdgeKey, EdgeAcc> edges = new LinkedHashMap<>();
    final Map<ForeignKey, int[]> foreign = new LinkedHashMap<>();
    final List<Export> exports = new ArrayList<>();
    final List<Callback> callbacks = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    /** PathKey → ids of Rust functions (defined or called) with that key. */
    final Map<String, Set<String>> byKey = new HashMap<>();
    /** last key segment → keys, for paths rustc printed trimmed. */
    final Map<String, Set<String>> keysByLastSegment = new HashMap<>();
    /** Crates the IR's symbols mention. */
    final Set<String> knownCrates = new HashSet<>();

    ExtractionState(String crateName, NativeLinkHints hints, IrModule ir) {
        this.crate = crateName.replace('-', '_');
        this.hints = hints == null ? NativeLinkHints.none() : hints;
        this.ir = ir;
        problems.addAll(ir.problems());
    }

    Optional<DemangledSymbol> demangle(String symbol) {
        return demangled.computeIfAbsent(symbol, s -> {
            Optional<DemangledSymbol> d = SymbolKind.of(s) == SymbolKind.RUST ? RustDemangler.demangle(s)
                    : Optional.empty();
            d.ifPresent(x -> knownCrates.addAll(x.crates()));
            return d;
        });
    }

    void edge(String caller, String callee, String calleeName, String calleeCrate, CallEdge.Kind kind,
                      int count, Provenance provenance) {
        EdgeAcc acc = edges.computeIfAbsent(new EdgeKey(caller, callee, kind),
                k -> new EdgeAcc(calleeName, calleeCrate, provenance));
        acc.count += count;
    }

    void index(String id, String path) {
        String key = PathKey.of(path);
        if (byKey.computeIfAbsent(key, k -> new HashSet<>()).add(id)) {
            List<String> segs = PathKey.split(key);
            if (!segs.isEmpty()) {
                keysByLastSegment.computeIfAbsent(segs.get(segs.size() - 1), k -> new HashSet<>()).add(key);
            }
        }
    }

    void foreignCall(String caller, String symbol, int count) {
        foreign.computeIfAbsent(new ForeignKey(caller, symbol), k -> new int[1])[0] += count;
    }

    Extraction toExtraction(long mirRead, long mirSkipped) {
        List<CallEdge> calls = new ArrayList<>(edges.size());
        edges.forEach((k, e) -> calls.add(new CallEdge(k.caller(), k.callee(), e.calleeName, e.calleeCrate, k.kind(),
                e.count, e.provenance)));
        List<ForeignCall> foreignCalls = new ArrayList<>(foreign.size());
        foreign.forEach((k, n) -> foreignCalls.add(new ForeignCall(k.caller(), k.symbol(), n[0],
                hints.library(k.symbol()))));
        return new Extraction(List.copyOf(functions.values()), calls, foreignCalls, exports, callbacks, problems,
                ir.linesRead(), ir.linesSkipped(), mirRead, mirSkipped);
    }
}
