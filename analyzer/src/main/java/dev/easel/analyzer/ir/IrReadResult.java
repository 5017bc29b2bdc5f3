package dev.easel.analyzer.ir;

import dev.easel.analyzer.model.Problem;

import java.util.List;

/**
 * What reading one .ll file left besides the listener's events.
 *
 * @param linesRead    lines in the file
 * @param linesSkipped lines that looked like something the reader parses but were malformed
 * @param problems     one per skipped line (capped, see {@link ProblemLog}), each with file and line
 * @param debugInfo    source locations of the defined functions
 */
public record IrReadResult(long linesRead, long linesSkipped, List<Problem> problems, DebugInfo debugInfo) {
    public IrReadResult {
        problems = List.copyOf(problems);
    }
}
