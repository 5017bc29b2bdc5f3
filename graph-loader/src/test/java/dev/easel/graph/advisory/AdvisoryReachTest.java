package dev.easel.graph.advisory;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reach on small call graphs worked out by hand: cycles, several named paths, shortest paths, dead ends. */
class AdvisoryReachTest {

    /**
     * app::main → app::a → lib::x → lib::y → lib::bad (named by A1 as lib::bad)
     * app::main → app::b → lib::bad                      (the shorter way: 2 calls)
     * lib::y ⇄ lib::z (a cycle), lib::z → lib::worse     (named by A1 as lib::worse, by A2 as lib::worse)
     * other::f → lib::x                                  (other exposed to A2 only)
     * quiet::f → lib::safe                               (exposed, reaches nothing)
     */
    private static CallGraphSnapshot graph() {
        CallGraphSnapshot.Builder b = new CallGraphSnapshot.Builder();
        b.call("app::main", "app::a");
        b.call("app::main", "app::b");
        b.call("app::a", "lib::x");
        b.call("app::b", "lib::bad");
        b.call("lib::x", "lib::y");
        b.call("lib::y", "lib::bad");
        b.call("lib::y", "lib::z");
        b.call("lib::z", "lib::y");
        b.call("lib::z", "lib::worse");
        b.call("other::f", "lib::x");
        b.call("other::f", "lib::x"); // the same call twice counts once
        b.call("quiet::f", "lib::safe");
        return b.build();
    }

    @Test
    void shortestPathsAndEveryNamedPathReached() {
        CallGraphSnapshot g = graph();
        assertEquals(11, g.size());
        assertEquals(11, g.edges());
        AdvisoryReach reach = new AdvisoryReach(g);
        List<AdvisoryReach.Reach> out = reach.compute(
                Map.of("A1", List.of(new AdvisoryReach.Target("lib::bad", "lib::bad"),
                                new AdvisoryReach.Target("lib::worse", "lib::worse")),
                        "A2", List.of(new AdvisoryReach.Target("lib::worse", "lib::worse"))),
                List.of(new AdvisoryReach.Exposure("app@1", "A1", List.of("app::main", "app::a", "app::b")),
                        new AdvisoryReach.Exposure("app@1", "A2", List.of("app::main", "app::a", "app::b")),
                        new AdvisoryReach.Exposure("other@1", "A2", List.of("other::f")),
                        new AdvisoryReach.Exposure("quiet@1", "A1", List.of("quiet::f")),
                        new AdvisoryReach.Exposure("ghost@1", "A1", List.of("ghost::f")),
                        new AdvisoryReach.Exposure("app@1", "A3", List.of("app::main"))));
        assertEquals(List.of(
                        // from app::b, one call; both paths of A1 are reachable
                        new AdvisoryReach.Reach("app@1", "A1", List.of("app::b", "lib::bad"), "lib::bad",
                                List.of("lib::bad", "lib::worse")),
                        new AdvisoryReach.Reach("app@1", "A2",
                                List.of("app::a", "lib::x", "lib::y", "lib::z", "lib::worse"), "lib::worse",
                                List.of("lib::worse")),
                        new AdvisoryReach.Reach("other@1", "A2", List.of("other::f", "lib::x", "lib::y", "lib::z",
                                "lib::worse"), "lib::worse", List.of("lib::worse"))),
                out);
        assertEquals(1, out.get(0).length());
        // relevant: everything but quiet::f and lib::safe; components: {lib::y, lib::z} is one
        assertEquals(new AdvisoryReach.Stats(11, 11, 9, 8), reach.stats());
    }

    @Test
    void noTargetsNoReach() {
        assertEquals(List.of(), new AdvisoryReach(graph()).compute(Map.of(),
                List.of(new AdvisoryReach.Exposure("app@1", "A1", List.of("app::main")))));
    }
}
