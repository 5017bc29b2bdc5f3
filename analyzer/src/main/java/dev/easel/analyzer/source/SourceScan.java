package dev.easel.analyzer.source;

import dev.easel.analyzer.model.BuildScriptEffects;
import dev.easel.analyzer.model.NativeCode;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.UnsafeCounters;

import java.util.List;

/**
 * What a source scan of one crate found: unsafe counters, bundled native code, what its build script does (inferred;
 * null when it has none), and the problems met.
 */
public record SourceScan(UnsafeCounters unsafeCounters, NativeCode nativeCode, BuildScriptEffects buildScript,
                         List<Problem> problems) {
    public SourceScan {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
