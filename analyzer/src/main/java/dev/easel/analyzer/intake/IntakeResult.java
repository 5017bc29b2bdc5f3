package dev.easel.analyzer.intake;

import dev.easel.analyzer.model.Problem;

import java.util.List;

/**
 * What intake produced: the selected crates in deterministic order (name, then semver), and the problems that belong
 * to no selected crate (paths holding no crate, archives refused as a whole, requested names not found).
 */
public record IntakeResult(List<CrateInput> crates, List<Problem> problems) {
    public IntakeResult {
        crates = List.copyOf(crates);
        problems = List.copyOf(problems);
    }
}
