package dev.easel.analyzer.extract;

import dev.easel.analyzer.demangle.DemangledSymbol;
import dev.easel.analyzer.ffi.SymbolKind;
import dev.easel.analyzer.ir.IrFunction;
import dev.easel.analyzer.mir.MirCall;
import dev.easel.analyzer.mir.MirCoercion;
import dev.easel.analyzer.mir.MirFunction;
import dev.easel.analyzer.mir.MirModule;
import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.Callback;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.Provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second extraction pass: MIR functions matched to IR functions by demangled path ({@link PathKey}), impl
 * methods by source position; matched functions and edges get provenance BOTH. Unmatched MIR functions (generic
 * code) get id {@code mir:<crate>::<path>} and keep their calls with provenance MIR. Coercions of a function item to
 * a foreign-ABI function pointer are callbacks.
 */
final class MirPass {

    private static final String MIR_PREFIX = "mir:";
    private static final Pattern CLOSURE_CALL = Pattern.compile(
            "<\\{closure@(.+?):(\\d+):\\d+: \\d+:\\d+\\} as Fn(?:Mut|Once)?<.*>>::call(?:_mut|_once)?");

    private final ExtractionState s;

    MirPass(ExtractionState state) {
        this.s = state;
    }

    void run(MirModule mm) {
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
                s.functions.putIfAbsent(id, new FunctionInfo(id, qualified(m.path()), s.crate, null,
                        m.implAt() == null ? null : m.implAt().file(), 0, null, false, false, Provenance.MIR));
            }
            for (String irId : matched) {
                FunctionInfo f = s.functions.get(irId);
                s.functions.put(irId, withProvenance(f, Provenance.BOTH));
            }
            for (MirCall call : m.calls()) {
                mirCall(id, matched, call, localKeys);
            }
            for (MirCoercion co : m.coercions()) {
                List<String> target = resolve(co.function(), localKeys);
                String name = target.size() == 1 && s.functions.containsKey(target.get(0))
                        ? s.functions.get(target.get(0)).name() : qualifiedIfLocal(co.function(), localKeys);
                s.callbacks.add(new Callback(name, co.abi(), id));
            }
        }
    }

    private static FunctionInfo withProvenance(FunctionInfo f, Provenance p) {
        return new FunctionInfo(f.id(), f.name(), f.crate(), f.instantiatedIn(), f.file(), f.line(), f.linkage(),
                f.exported(), f.unsafe(), f.provenance().merge(p));
    }

    private String qualified(String mirPath) {
        return s.crate + "::" + mirPath;
    }

    private String qualifiedIfLocal(String path, Set<String> localKeys) {
        return localKeys.contains(PathKey.of(qualified(path))) ? qualified(path) : path;
    }

    /** IR s.functions defined here whose demangled path has the MIR function's key. */
    private List<String> matchByPath(MirFunction m) {
        Set<String> ids = s.byKey.getOrDefault(PathKey.of(qualified(m.path())), Set.of());
        return ids.stream().filter(id -> s.ir.function(id).isPresent()).sorted().toList();
    }

    /**
     * {@code <impl at file:L:C: …>::tail}: IR s.functions in that file whose path ends with an impl segment and tail,
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
        for (IrFunction f : s.ir.functions()) {
            FunctionInfo info = s.functions.get(f.symbol());
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
     * Ids of Rust s.functions a MIR path names: a closure called through its Fn trait by the closure's source
     * position; else the exact key (as a local path, then as printed); else a unique suffix.
     */
    private List<String> resolve(String path, Set<String> localKeys) {
        Matcher closure = CLOSURE_CALL.matcher(path);
        if (closure.matches()) {
            String file = closure.group(1);
            int line = Integer.parseInt(closure.group(2));
            return s.functions.values().stream()
                    .filter(f -> f.provenance() != Provenance.MIR && f.line() == line && f.file() != null
                            && (f.file().equals(file) || f.file().endsWith("/" + file))
                            && f.name().contains("{closure#"))
                    .map(FunctionInfo::id).sorted().toList();
        }
        Set<String> ids = s.byKey.get(PathKey.of(qualified(path)));
        if (ids == null) {
            ids = s.byKey.get(PathKey.of(path));
        }
        if (ids == null) {
            List<String> segs = PathKey.segments(path);
            if (segs.isEmpty()) {
                return List.of();
            }
            String suffix = "::" + String.join("::", segs);
            List<String> keys = s.keysByLastSegment.getOrDefault(segs.get(segs.size() - 1), Set.of()).stream()
                    .filter(k -> k.endsWith(suffix) || k.equals(suffix.substring(2))).toList();
            if (keys.size() == 1 && !localKeys.contains(PathKey.of(qualified(path)))) {
                ids = s.byKey.get(keys.get(0));
            }
        }
        return ids == null ? List.of() : ids.stream().sorted().toList();
    }

    private void mirCall(String caller, List<String> irCallers, MirCall call, Set<String> localKeys) {
        String callee = call.callee();
        if (callee == null || callee.startsWith("<dyn ")) {
            // through a pointer or a vtable: the IR shows it as an indirect call
            if (!markBoth(irCallers, null)) {
                s.edge(caller, null, callee, null, CallEdge.Kind.INDIRECT, call.count(), Provenance.MIR);
            }
            return;
        }
        List<String> segs = PathKey.segments(callee);
        String last = segs.isEmpty() ? callee : segs.get(segs.size() - 1);
        if (s.ir.declarations().contains(last) && SymbolKind.of(last) == SymbolKind.FOREIGN) {
            // a call into C: the IR import is the fact; MIR adds it only for bodies the IR lacks (generic code)
            boolean inIr = irCallers.stream().anyMatch(c -> s.foreign.containsKey(new ExtractionState.ForeignKey(c, last)));
            if (!inIr && irCallers.isEmpty()) {
                s.foreignCall(caller, last, call.count());
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
            FunctionInfo f = s.functions.get(calleeId);
            Optional<DemangledSymbol> d = s.demangle(calleeId);
            calleeName = f != null ? f.name() : d.map(DemangledSymbol::display).orElse(calleeId);
            calleeCrate = f != null ? f.crate() : d.map(DemangledSymbol::crate).orElse(null);
        } else if (localKeys.contains(PathKey.of(qualified(callee)))) {
            calleeName = qualified(stripTurbofish(callee));
            calleeId = MIR_PREFIX + calleeName;
            calleeCrate = s.crate;
        } else {
            calleeName = stripTurbofish(callee);
            calleeId = MIR_PREFIX + calleeName;
            List<String> raw = PathKey.split(callee);
            // a path printed from its s.crate root names a s.crate this IR's symbols mention
            calleeCrate = !raw.isEmpty() && s.knownCrates.contains(raw.get(0)) ? raw.get(0) : null;
        }
        s.edge(caller, calleeId, calleeName, calleeCrate, call.kind(), call.count(), Provenance.MIR);
    }

    /** Marks IR s.edges from any of the callers to the callee (null: indirect) as seen in MIR too. */
    private boolean markBoth(List<String> irCallers, String callee) {
        boolean any = false;
        for (String c : irCallers) {
            for (CallEdge.Kind k : CallEdge.Kind.values()) {
                ExtractionState.EdgeAcc e = s.edges.get(new ExtractionState.EdgeKey(c, callee, k));
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
