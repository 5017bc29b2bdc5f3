package dev.easel.bench.advisory;

import dev.easel.graph.db.TestGraphStores;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdvisoryReachBenchmarkTest {

    @Test
    void tinyRunAgreesWithTheBaselineOnEveryQuestion() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        AdvisoryReachBenchmark.Result r = AdvisoryReachBenchmark.run(TestGraphStores.clean(), 60, 80, 15, 25,
                new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(r.questions() > 0 && r.reached() > 0 && r.reached() < r.questions(), text);
        assertEquals(Math.min(25, r.questions()), r.sampled(), text);
        assertEquals(r.sampled(), r.agreed(), text);
        assertEquals(0, r.timedOut(), text);
        assertTrue(r.calls() > 0 && r.functions() > 0 && r.ratio() > 0, text);
        assertTrue(text.contains("baseline / reach"), text);
    }

    @Test
    void theEcosystemIsDeterministicAndItsCallsCrossCrates() {
        SyntheticEcosystem a = new SyntheticEcosystem(30, 40, 42);
        SyntheticEcosystem b = new SyntheticEcosystem(30, 40, 42);
        assertEquals(a.crate(17), b.crate(17));
        assertEquals(a.advisories(9), b.advisories(9));
        assertTrue(a.crate(17).calls().stream().anyMatch(c -> c.calleeCrate() != null
                && c.calleeCrate().startsWith("synth_") && !c.calleeCrate().equals("synth_17")));
        assertTrue(a.crate(17).resolved().size() >= a.crate(17).calls().stream().map(c -> c.calleeCrate())
                .filter(c -> c != null && c.startsWith("synth_") && !c.equals("synth_17")).distinct().count());
        assertEquals("<synth_3::T1 as synth_3::Tr>::f26", SyntheticEcosystem.functionName(3, 26));
        assertEquals("synth_3::T1::f26", SyntheticEcosystem.advisoryPath(3, 26));
    }
}
