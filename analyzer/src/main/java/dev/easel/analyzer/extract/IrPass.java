package dev.easel.analyzer.extract;

import dev.easel.analyzer.demangle.DemangledSymbol;
import dev.easel.analyzer.ffi.SymbolKind;
import dev.easel.analyzer.ir.IrAlias;
import dev.easel.analyzer.ir.IrCall;
import dev.easel.analyzer.ir.IrFunction;
import dev.easel.analyzer.ir.SourceLocation;
import dev.easel.analyzer.model.CallEdge;
import dev.easel.analyzer.model.Export;
import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.Provenance;

import java.util.Objects;
import java.util.Optional;

/**
 * The first extraction pass: every function the .ll defines, attributed to a crate from its symbol; exports (defined,
 * externally visible, unmangled symbols and such aliases); direct and invoked calls; calls into C from this crate's
 * own functions (calls to C from another crate's code instantiated here belong to that crate).
 */
final class IrPass {

    private final ExtractionState s;

    IrPass(ExtractionState state) {
        this.s = state;
    }

    void run() {
        for (IrFunction f : s.ir.functions()) {
            Optional<DemangledSymbol> d = s.demangle(f.symbol());
            Optional<SourceLocation> loc = s.ir.location(f);
            String name = d.map(DemangledSymbol::display).orElse(f.symbol());
            String fnCrate = d.map(DemangledSymbol::crate).orElse(s.crate);
            String instantiatedIn = d.map(DemangledSymbol::instantiatingCrate).orElse(null);
            if (instantiatedIn == null && !s.crate.equals(fnCrate)) {
                instantiatedIn = s.crate;
            }
            if (Objects.equals(instantiatedIn, fnCrate)) {
                instantiatedIn = null;
            }
            boolean exported = d.isEmpty() && f.externallyVisible() && SymbolKind.of(f.symbol()) == SymbolKind.FOREIGN;
            s.functions.put(f.symbol(), new FunctionInfo(f.symbol(), name, fnCrate, instantiatedIn,
                    loc.map(SourceLocation::file).orElse(null), loc.map(SourceLocation::line).orElse(0),
                    f.linkage(), exported, false, Provenance.IR));
            s.index(f.symbol(), name);
            if (d.isEmpty()) {
                // #[no_mangle] / export_name: MIR knows it by its Rust name
                s.index(f.symbol(), s.crate + "::" + f.symbol());
                s.ir.sourceName(f).ifPresent(n -> s.index(f.symbol(), s.crate + "::" + n));
            }
            if (exported) {
                s.exports.add(new Export(f.symbol(), loc.map(SourceLocation::file).orElse(null),
                        loc.map(SourceLocation::line).orElse(0)));
            }
        }
        for (IrAlias a : s.ir.aliases()) {
            if (a.externallyVisible() && SymbolKind.of(a.symbol()) == SymbolKind.FOREIGN) {
                Optional<SourceLocation> loc = s.ir.function(a.aliasee()).flatMap(s.ir::location);
                s.exports.add(new Export(a.symbol(), loc.map(SourceLocation::file).orElse(null),
                        loc.map(SourceLocation::line).orElse(0)));
            }
        }
        for (IrFunction f : s.ir.functions()) {
            String callerCrate = s.functions.get(f.symbol()).crate();
            for (IrCall c : f.calls()) {
                irCall(f.symbol(), callerCrate, c);
            }
        }
    }

    private void irCall(String caller, String callerCrate, IrCall c) {
        String callee = c.callee();
        if (callee == null) {
            s.edge(caller, null, null, null, CallEdge.Kind.INDIRECT, c.count(), Provenance.IR);
            return;
        }
        FunctionInfo defined = s.functions.get(callee);
        if (defined != null) {
            s.edge(caller, callee, defined.name(), defined.crate(), c.kind(), c.count(), Provenance.IR);
            return;
        }
        switch (SymbolKind.of(callee)) {
            case RUST -> {
                DemangledSymbol d = s.demangle(callee).orElseThrow();
                s.index(callee, d.display());
                s.edge(caller, callee, d.display(), d.crate(), c.kind(), c.count(), Provenance.IR);
            }
            case RUNTIME -> s.edge(caller, callee, callee, null, c.kind(), c.count(), Provenance.IR);
            case FOREIGN -> {
                if (s.crate.equals(callerCrate)) {
                    s.foreignCall(caller, callee, c.count());
                }
            }
            case INTRINSIC -> {
                // excluded from the graph
            }
        }
    }

}
