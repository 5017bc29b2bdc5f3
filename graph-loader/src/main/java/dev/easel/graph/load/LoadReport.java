package dev.easel.graph.load;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a load did.
 *
 * @param versionsLoaded   versions whose load completed
 * @param failed           versions (or input lines) not loaded, each with the reason
 * @param recovered        versions an earlier, interrupted load had left half-written and that were rolled back
 * @param nodes            rows written per node label
 * @param relationships    rows written per relationship type
 * @param elapsed          wall-clock time
 */
public record LoadReport(long versionsLoaded, List<Failure> failed, List<String> recovered, Map<String, Long> nodes,
                         Map<String, Long> relationships, Duration elapsed) {

    public LoadReport {
        failed = List.copyOf(failed);
        recovered = List.copyOf(recovered);
        nodes = Map.copyOf(nodes);
        relationships = Map.copyOf(relationships);
    }

    /** A version or input line that was not loaded. */
    public record Failure(String what, String reason) {
        @Override
        public String toString() {
            return what + ": " + reason;
        }
    }

    public long relationshipsTotal() {
        return relationships.values().stream().mapToLong(Long::longValue).sum();
    }

    public long nodesTotal() {
        return nodes.values().stream().mapToLong(Long::longValue).sum();
    }

    public double relationshipsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : relationshipsTotal() / seconds;
    }
}
