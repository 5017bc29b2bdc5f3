package dev.easel.analyzer.typosquat;

import java.util.Set;

/**
 * A crate of the corpus that squatters aim at.
 *
 * @param name      as published
 * @param downloads all-time downloads (0 when unknown), for the score
 * @param owners    owner keys ({@code user:login}, {@code team:github:org:team}); a suspect sharing one is no squat
 */
public record PopularCrate(String name, long downloads, Set<String> owners) {
    public PopularCrate {
        owners = Set.copyOf(owners);
    }
}
