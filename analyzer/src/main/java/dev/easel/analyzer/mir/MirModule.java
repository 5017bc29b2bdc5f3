package dev.easel.analyzer.mir;

import dev.easel.analyzer.model.Problem;

import java.util.List;

/**
 * The functions of one .mir file.
 *
 * @param functions    fn bodies in file order, one per path (compile-time-evaluation copies left out)
 * @param linesRead    lines in the file
 * @param linesSkipped malformed lines skipped
 * @param problems     one per skipped line (capped), with file and line
 */
public record MirModule(List<MirFunction> functions, long linesRead, long linesSkipped, List<Problem> problems) {
    public MirModule {
        functions = List.copyOf(functions);
        problems = List.copyOf(problems);
    }
}
