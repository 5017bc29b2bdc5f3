package dev.easel.analyzer.buildscript;

import dev.easel.analyzer.model.BuildScriptEffect;
import dev.easel.analyzer.model.BuildScriptEffects.Basis;
import dev.easel.analyzer.model.BuildScriptEffects.Finding;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects findings of one basis, each effect and detail once (the first evidence wins), at most a few per effect. */
final class Findings {

    /** Details kept per effect: a script spawning a hundred programs says enough with the first ones. */
    static final int MAX_DETAILS = 20;

    private final Basis basis;
    private final List<Finding> list = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();

    Findings(Basis basis) {
        this.basis = basis;
    }

    void add(BuildScriptEffect effect, String detail, String file, int line) {
        if (!seen.add(effect + "\u0000" + detail)) {
            return;
        }
        long already = list.stream().filter(f -> f.effect() == effect).count();
        if (already < MAX_DETAILS) {
            list.add(new Finding(effect, detail, file, line, basis));
        }
    }

    List<Finding> list() {
        return List.copyOf(list);
    }
}
