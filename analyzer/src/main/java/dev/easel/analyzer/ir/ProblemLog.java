package dev.easel.analyzer.ir;

import dev.easel.analyzer.model.Problem;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems of one input file, kept up to a cap so that a garbled file of millions of lines cannot fill the heap;
 * the rest are counted and summarised in one last problem.
 */
public final class ProblemLog {
    public static final int DEFAULT_CAP = 100;

    private final Problem.Stage stage;
    private final String file;
    private final int cap;
    private final List<Problem> kept = new ArrayList<>();
    private long dropped;

    public ProblemLog(Problem.Stage stage, String file, int cap) {
        this.stage = stage;
        this.file = file;
        this.cap = cap;
    }

    public ProblemLog(Problem.Stage stage, String file) {
        this(stage, file, DEFAULT_CAP);
    }

    public void add(long line, String message) {
        if (kept.size() < cap) {
            kept.add(new Problem(stage, file, (int) Math.min(line, Integer.MAX_VALUE), message));
        } else {
            dropped++;
        }
    }

    public long total() {
        return kept.size() + dropped;
    }

    public List<Problem> problems() {
        if (dropped == 0) {
            return List.copyOf(kept);
        }
        List<Problem> all = new ArrayList<>(kept);
        all.add(new Problem(stage, file, 0, dropped + " more problems not listed"));
        return List.copyOf(all);
    }
}
