package dev.easel.analyzer.typosquat;

import java.util.Set;

/**
 * A crate whose name may squat a popular crate's.
 *
 * @param crate   the suspect's name
 * @param popular the popular crate's name
 * @param checks  the checks that lead from the popular name to the suspect's, in {@link Check} order
 * @param score   in [0, 1], see {@link SquatScore}
 */
public record Suspect(String crate, String popular, Set<Check> checks, double score) {
    public Suspect {
        checks = Set.copyOf(checks);
    }

    /** The checks' names in {@link Check} order. */
    public java.util.List<String> checkNames() {
        return java.util.stream.Stream.of(Check.values()).filter(checks::contains).map(Check::cliName).toList();
    }
}
