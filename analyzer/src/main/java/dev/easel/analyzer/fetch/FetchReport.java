package dev.easel.analyzer.fetch;

import dev.easel.analyzer.model.Problem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a fetch did: one outcome per archive or refused request, in the order of the requests, and the index
 * lines that were skipped.
 */
public record FetchReport(List<ArchiveOutcome> outcomes, List<Problem> problems) {

    public FetchReport {
        outcomes = List.copyOf(outcomes);
        problems = List.copyOf(problems);
    }

    public long count(ArchiveOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public boolean anyFailed() {
        return count(ArchiveOutcome.Status.FAILED) > 0;
    }

    /** Failures counted by reason, in the order of {@link FailureReason}. */
    public Map<FailureReason, Long> failuresByReason() {
        Map<FailureReason, Long> byReason = new EnumMap<>(FailureReason.class);
        for (ArchiveOutcome o : outcomes) {
            if (o.status() == ArchiveOutcome.Status.FAILED) {
                byReason.merge(o.reason(), 1L, Long::sum);
            }
        }
        return byReason;
    }

    /** One line: "2 fetched, 1 already present, 3 failed (2 not found, 1 checksum mismatch)". */
    public String summary() {
        StringBuilder s = new StringBuilder()
                .append(count(ArchiveOutcome.Status.FETCHED)).append(" fetched, ")
                .append(count(ArchiveOutcome.Status.PRESENT)).append(" already present, ")
                .append(count(ArchiveOutcome.Status.FAILED)).append(" failed");
        List<String> reasons = new ArrayList<>();
        failuresByReason().forEach((reason, n) -> reasons.add(n + " " + reason.label()));
        if (!reasons.isEmpty()) {
            s.append(" (").append(String.join(", ", reasons)).append(")");
        }
        if (!problems.isEmpty()) {
            s.append("; ").append(problems.size()).append(" index line").append(problems.size() == 1 ? "" : "s")
                    .append(" skipped");
        }
        return s.toString();
    }
}
