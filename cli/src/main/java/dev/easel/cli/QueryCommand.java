package dev.easel.cli;

import dev.easel.graph.db.GraphStore;
import dev.easel.queries.AdHocQuery;
import dev.easel.queries.OutputFormat;
import dev.easel.queries.QueryCatalog;
import dev.easel.queries.QueryDefinition;
import dev.easel.queries.QueryException;
import dev.easel.queries.QueryResult;
import dev.easel.queries.QueryRunner;
import dev.easel.queries.ResultFormatter;
import dev.easel.queries.RowLimit;
import org.neo4j.driver.Session;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/** {@code easel query NAME} runs a canned query; {@code easel query --cypher '…'} an ad-hoc read-only one. */
@Command(name = "query", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run a canned query (list them with: easel queries) or, with --cypher, an ad-hoc read-only query.",
                "Example: easel query where-is-my-c --param crate=flate2"})
final class QueryCommand extends DatabaseCommand {

    static final class What {
        @Parameters(paramLabel = "NAME", description = "A canned query's name.")
        String name;

        @Option(names = "--cypher", paramLabel = "CYPHER", description = "Ad-hoc Cypher, run in a read transaction.")
        String cypher;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = {"-P", "--param"}, paramLabel = "KEY=VALUE", description = "A query parameter (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows; 0 for all. Default: all rows for csv and"
            + " json; a table stops at 25 and says on stderr how many it left out.")
    Integer limit;

    private QueryDefinition definition;
    private RowLimit rows;

    /** Parameters are checked before the database starts. */
    @Override
    protected void validate() {
        try {
            rows = RowLimit.forOutput(limit == null ? OptionalInt.empty() : OptionalInt.of(limit), format);
            if (what.name != null) {
                definition = QueryCatalog.load().find(what.name).orElseThrow(() -> new UsageException(
                        "no query named '" + what.name + "'; list them with: easel queries"));
                QueryRunner.bind(definition, params, rows);
            }
        } catch (QueryException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    @Override
    protected ExitCode execute(GraphStore store) {
        QueryResult result;
        try (Session session = store.session()) {
            result = definition != null
                    ? QueryRunner.run(session, definition, params, rows)
                    : AdHocQuery.run(session, what.cypher, Map.copyOf(params), rows);
        } catch (QueryException e) {
            throw new UsageException(e.getMessage());
        }
        out().print(ResultFormatter.format(result, format));
        out().flush();
        if (result.omitted() > 0) {
            err().printf("easel: %d more rows not shown (a table stops at %d): --limit 0 shows them all, "
                    + "--format csv or json prints every row%n", result.omitted(), rows.max());
        }
        return ExitCode.OK;
    }
}
