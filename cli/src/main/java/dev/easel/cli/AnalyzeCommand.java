package dev.easel.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code easel analyze}: analyse crates into a JSON-lines file, no database. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse crates (build, IR/MIR call graphs, FFI, unsafe) into a JSON-lines file; no database.",
                "PATH: a crate folder, a folder of crates (name-version/), .crate archives or a folder of them, "
                        + "a cargo registry or vendor folder, or a workspace."})
final class AnalyzeCommand extends EaselCommand {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Crates to analyse.")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.jsonl",
            description = "Where to write the analyses, one JSON object per crate version per line.")
    Path out;

    @Mixin
    AnalysisOptionsMixin analysis;

    @Override
    protected ExitCode execute() {
        CrateRun.Outcome outcome = CrateRun.run(paths, analysis, common, err(), out, a -> { });
        err().printf("easel: %d crates analysed into %s (%d failed, %d from cache)%n",
                outcome.crates(), out, outcome.failed(), outcome.fromCache());
        err().print(outcome.dependencyLine());
        return okUnless(outcome.anyFailed());
    }
}
