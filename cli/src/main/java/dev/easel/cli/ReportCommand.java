package dev.easel.cli;

import dev.easel.graph.db.GraphStore;
import dev.easel.queries.report.Report;
import dev.easel.queries.report.ReportGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code easel report --out DIR}: the statistics report, Markdown and self-contained HTML with charts. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write the statistics report (report.md, a self-contained report.html, charts/*.png|svg) "
                + "from the graph, beside the Rust Foundation's 2024 figures.")
final class ReportCommand extends DatabaseCommand {

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Folder to write into.")
    Path out;

    @Override
    protected ExitCode execute(GraphStore store) {
        Report report = ReportGenerator.generate(store::session, out);
        out().println(report.markdown());
        out().println(report.html());
        report.chartFiles().forEach(out()::println);
        out().flush();
        return ExitCode.OK;
    }
}
