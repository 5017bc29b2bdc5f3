package dev.easel.analyzer.manifest;

import dev.easel.analyzer.model.Dependency;
import dev.easel.analyzer.model.DependencyKind;
import dev.easel.analyzer.model.Manifest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnabledFeaturesTest {

    private static Dependency optional(String name) {
        return new Dependency(name, null, "1", DependencyKind.NORMAL, true, true, List.of(), null,
                Dependency.Source.REGISTRY, null);
    }

    private static final Manifest M = new Manifest("m", "1.0.0", null, "2021", null, null, null, null, null, null,
            List.of(), false, Map.of(
                    "default", List.of("std"),
                    "std", List.of("alloc", "serde?/std"),
                    "alloc", List.of(),
                    "fast", List.of("dep:simd", "rayon/threads"),
                    "extra_traits", List.of()),
            List.of(optional("serde"), optional("simd"), optional("rayon"), optional("log")), null);

    @Test
    void defaultsAndWhatTheyEnable() {
        assertEquals(Set.of("default", "std", "alloc"), EnabledFeatures.of(M, List.of(), true, false));
    }

    @Test
    void requestedWithoutDefaults() {
        // dep:simd enables no feature; rayon/threads enables the optional dependency rayon's implicit feature
        assertEquals(Set.of("fast", "rayon"), EnabledFeatures.of(M, List.of("fast"), false, false));
        assertEquals(Set.of(), EnabledFeatures.of(M, List.of(), false, false));
    }

    @Test
    void allFeaturesIncludeImplicitOnesButNotDepHiddenOnes() {
        assertEquals(Set.of("default", "std", "alloc", "fast", "extra_traits", "serde", "rayon", "log"),
                EnabledFeatures.of(M, List.of(), true, true));
    }

    @Test
    void noManifest() {
        assertEquals(Set.of("x"), EnabledFeatures.of(null, List.of("x"), true, false));
    }
}
