package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.build.BuildOptions;
import dev.easel.analyzer.build.CompiledLibrary;
import dev.easel.analyzer.build.TargetCfg;
import dev.easel.analyzer.cfg.CfgSet;
import dev.easel.analyzer.foreign.ForeignInterfaceScanner;
import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.manifest.EnabledFeatures;
import dev.easel.analyzer.model.ForeignInterface;
import dev.easel.analyzer.model.LinkedLibrary;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.source.CrateRoots;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A crate's {@link ForeignInterface} for the run's target: from what its build compiled when it was compiled, else
 * inferred from source for {@code --target} (the host by default) and the features the run selects. The target's
 * configuration comes from {@link TargetCfg}; without rustc, conditions are not evaluated and a problem says so.
 */
final class ForeignInterfaces {

    private final BuildOptions build;

    ForeignInterfaces(BuildOptions build) {
        this.build = build;
    }

    /** From the files, features and build-script cfgs of the library's compilation. */
    ForeignInterface compiled(CrateInput input, CompiledLibrary library, List<Problem> problems) {
        TargetCfg target = target(library.target(), input, problems);
        CfgSet cfg = target == null ? null : target.cfg();
        if (cfg != null) {
            try {
                cfg = cfg.withFeatures(library.features()).with(library.cfgs());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(Problem.Stage.SOURCE, String.valueOf(library.outDir()), 0,
                        "build script cfg not understood: " + e.getMessage()));
            }
        }
        return ForeignInterfaceScanner.compiled(input.folder(), library.files(), library.outDir(), cfg,
                library.target(), problems);
    }

    /** Inferred from the library's module tree, for the run's target and feature selection. */
    ForeignInterface inferred(CrateInput input, List<Problem> problems) {
        CrateRoots roots = CrateRoots.find(input.folder());
        String root = roots.library() != null ? roots.library()
                : roots.targets().isEmpty() ? null : roots.targets().get(0);
        if (root == null) {
            return null;
        }
        TargetCfg target = target(build.target(), input, problems);
        CfgSet cfg = target == null ? null : target.cfg().withFeatures(EnabledFeatures.of(input.manifest(),
                build.features(), !build.noDefaultFeatures(), build.allFeatures()));
        return ForeignInterfaceScanner.fromSource(input.folder(), root, cfg, target == null ? null : target.target(),
                problems);
    }

    /** The libraries the crate's own {@code #[link]} attributes name for the target, each once. */
    static List<LinkedLibrary> linkAttributes(CrateInput input, ForeignInterface fi) {
        if (fi == null) {
            return List.of();
        }
        Map<String, LinkedLibrary> byName = new LinkedHashMap<>();
        for (ForeignInterface.LinkAttribute l : fi.links()) {
            byName.putIfAbsent(l.name(), new LinkedLibrary(l.name(), l.kind(), LinkedLibrary.VIA_LINK_ATTRIBUTE,
                    input.name()));
        }
        return new ArrayList<>(byName.values());
    }

    /** The configuration of {@code triple} (the host when null); null, with a problem, when rustc cannot tell. */
    private static TargetCfg target(String triple, CrateInput input, List<Problem> problems) {
        try {
            return TargetCfg.of(triple);
        } catch (IOException e) {
            problems.add(new Problem(Problem.Stage.SOURCE, input.folder().toString(), 0,
                    "no configuration for target " + (triple == null ? "of the host" : triple) + " (" + e.getMessage()
                            + "): cfg conditions of the foreign interface are not evaluated"));
            return null;
        }
    }
}
