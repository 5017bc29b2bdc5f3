package dev.easel.cli;

import dev.easel.graph.db.GraphStore;
import dev.easel.queries.report.Report;
import dev.easel.queries.report.ReportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code easel report --out DIR}: the statistics report, Markdown and self-contained HTML with charts. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the statistics report (report.md, a self-contained report.html, charts/*.png|svg) "
                + "from the graph, beside the Rust Foundation's 2024 figures.")
final class ReportCommand implements Callable<Integer> {

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Mixin
    DatabaseOptions db;

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Report report;
        try (GraphStore store = GraphStore.open(db.settings())) {
            report = ReportGenerator.generate(store::session, out);
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println(report.markdown());
        o.println(report.html());
        report.chartFiles().forEach(o::println);
        o.flush();
        return ExitCode.OK.code();
    }
}
