package dev.easel.analyzer.extract;

import dev.easel.analyzer.ffi.NativeLinkHints;
import dev.easel.analyzer.ir.IrModule;
import dev.easel.analyzer.mir.MirModule;
import dev.easel.analyzer.mir.MirReader;
import dev.easel.analyzer.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Extracts one crate's call graph and FFI boundary from the .ll (and optionally .mir) rustc wrote for it.
 *
 * <p>Two passes over one {@link ExtractionState}, {@link IrPass} then {@link MirPass}. Rules:
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

    private CallGraphExtractor() {
    }

    /**
     * @param crateName the crate's name (package or lib name; '-' is read as '_')
     * @param ll        the .ll rustc wrote
     * @param mir       the .mir rustc wrote, or null
     * @param hints     foreign symbol → library, from the crate's link declarations
     * @throws IOException when the .ll cannot be read at all (a missing or unreadable .mir is a problem instead)
     */
    public static Extraction extract(String crateName, Path ll, Path mir, NativeLinkHints hints) throws IOException {
        ExtractionState state = new ExtractionState(crateName, hints, IrModule.read(ll));
        new IrPass(state).run();
        long mirRead = 0;
        long mirSkipped = 0;
        if (mir != null) {
            try {
                MirModule mm = MirReader.read(mir);
                state.problems.addAll(mm.problems());
                mirRead = mm.linesRead();
                mirSkipped = mm.linesSkipped();
                new MirPass(state).run(mm);
            } catch (IOException e) {
                state.problems.add(new Problem(Problem.Stage.MIR, mir.toString(), 0, "cannot read MIR: " + e.getMessage()));
            }
        }
        if (!state.problems.isEmpty()) {
            LOG.warn("{}: {} problems reading {} (first: {})", state.crate, state.problems.size(), ll,
                    state.problems.get(0));
        }
        return state.toExtraction(mirRead, mirSkipped);
    }
}
