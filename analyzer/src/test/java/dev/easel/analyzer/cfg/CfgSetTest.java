package dev.easel.analyzer.cfg;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CfgSetTest {

    @Test
    void readsRustcPrintCfg() {
        CfgSet s = CfgSet.parse(List.of("debug_assertions", "panic=\"unwind\"", "target_abi=\"\"",
                "target_feature=\"sse\"", "target_feature=\"sse2\"", "", "unix"));
        assertEquals(Set.of("debug_assertions", "unix"), s.names());
        assertEquals(Set.of("sse", "sse2"), s.values().get("target_feature"));
        assertTrue(s.has("target_abi", ""), "an empty value");
        assertTrue(s.has("panic", "unwind"));
        assertFalse(s.has("panic", "abort"));
    }

    @Test
    void featuresAndBuildScriptCfgsAdd() {
        CfgSet s = CfgSet.parse(List.of("unix")).withFeatures(List.of("std")).withFeatures(List.of("extra_traits"))
                .with(List.of("freebsd11", "libc_version=\"0.2\""));
        assertEquals(Set.of("extra_traits", "std"), s.features());
        assertTrue(s.has("feature", "std"));
        assertTrue(s.has("freebsd11"));
        assertTrue(s.has("libc_version", "0.2"));
        assertTrue(s.has("unix"));
    }

    @Test
    void refusesWhatIsNoOption() {
        assertEquals("not a cfg option: target os=\"linux\"", assertThrows(IllegalArgumentException.class,
                () -> CfgSet.parse(List.of("target os=\"linux\""))).getMessage());
        assertEquals("not a cfg option (the value must be quoted): target_os=linux",
                assertThrows(IllegalArgumentException.class, () -> CfgSet.parse(List.of("target_os=linux")))
                        .getMessage());
    }
}
