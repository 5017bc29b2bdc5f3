package dev.easel.cli;

import dev.easel.queries.QueryCatalog;
import dev.easel.queries.QueryDefinition;
import dev.easel.queries.QueryParameter;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code easel queries}: the canned queries with their parameters and columns. */
@Command(name = "queries", mixinStandardHelpOptions = true,
        description = "List the canned queries, their parameters (with defaults) and result columns.")
final class QueriesCommand extends EaselCommand {

    @Override
    protected ExitCode execute() {
        PrintWriter out = out();
        for (QueryDefinition q : QueryCatalog.load().all()) {
            out.println(q.name());
            out.println("    " + q.description());
            for (QueryParameter p : q.params()) {
                out.println("    --param " + p.name() + "=<" + p.type() + ">"
                        + (p.required() ? " (required)" : " (default " + p.defaultValue() + ")")
                        + (p.description() == null ? "" : "  " + p.description()));
            }
            out.println("    columns: " + String.join(", ", q.columns()));
        }
        out.flush();
        return ExitCode.OK;
    }
}
