package dev.easel.analyzer.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The provenance facts and build-script effects survive the JSON-lines form; lines written before them still read. */
class ProvenanceJsonTest {

    @Test
    void roundTrip() throws Exception {
        BuildScriptEffects effects = new BuildScriptEffects("build.rs", List.of(
                new BuildScriptEffects.Finding(BuildScriptEffect.NATIVE_COMPILE, "cc", "build.rs", 12,
                        BuildScriptEffects.Basis.INFERRED),
                new BuildScriptEffects.Finding(BuildScriptEffect.NETWORK, "192.0.2.1:80 refused (ENETUNREACH)",
                        "syscalls", 0, BuildScriptEffects.Basis.OBSERVED)));
        CrateAnalysis a = CrateAnalysis.builder("zlibby", "1.0.0")
                .vcs(new VcsInfo(true, "b4d8564f38ac5dc928da5e6325ef3f4dd9cfd519", true, "crates/zlibby", false))
                .buildScript(effects)
                .build();
        String line = AnalysisJson.toLine(a);
        assertTrue(line.contains("\"effect\":\"native-compile\"") && line.contains("\"basis\":\"observed\""), line);
        CrateAnalysis back = AnalysisJson.fromLine(line);
        assertEquals(a.vcs(), back.vcs());
        assertEquals(effects, back.buildScript());
        assertEquals(List.of("native-compile", "network"), back.buildScript().effects());
        assertEquals(List.of("network"), back.buildScript().observed());
        assertEquals(List.of("native-compile"), back.buildScript().inferred());
    }

    @Test
    void anOlderLineHasNoneOfThem() throws Exception {
        CrateAnalysis old = AnalysisJson.fromLine("{\"schema\":1,\"name\":\"old\",\"version\":\"0.1.0\","
                + "\"manifest\":{\"name\":\"old\",\"version\":\"0.1.0\",\"edition\":\"2018\",\"repository\":\"x\"},"
                + "\"build\":{\"status\":\"SKIPPED\"}}");
        assertNull(old.vcs());
        assertNull(old.buildScript());
        assertNull(old.manifest().homepage());
        assertEquals("x", old.manifest().repository());
    }
}
