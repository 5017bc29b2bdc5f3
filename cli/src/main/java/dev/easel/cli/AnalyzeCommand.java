package dev.easel.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code easel analyze}: analyse crates into a JSON-lines file, no database. */
@Command(name = "analyze", aliases = "analyse", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyse crates (build, IR/MIR call graphs, FFI, unsafe) into a JSON-lines file; no database.",
                "PATH: a crate folder, a folder of crates (name-version/), .crate archives or a folder of them, "
                        + "a cargo registry or vendor folder, or a workspace."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Crates to analyse.")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.jsonl",
            description = "Where to write the analyses, one JSON object per crate version per line.")
    Path out;

    @Mixin
    AnalysisOptionsMixin analysis;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CrateRun.Outcome outcome = CrateRun.run(paths, analysis, common, spec.commandLine().getErr(), out, a -> { });
        spec.commandLine().getErr().printf("easel: %d crates analysed into %s (%d failed, %d from cache)%n",
                outcome.crates(), out, outcome.failed(), outcome.fromCache());
        return outcome.anyFailed() ? ExitCode.SOME_FAILED.code() : ExitCode.OK.code();
    }
}
