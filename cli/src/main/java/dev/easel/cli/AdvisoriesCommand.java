package dev.easel.cli;

import dev.easel.analyzer.advisory.AdvisoryDatabaseReader;
import dev.easel.analyzer.advisory.AdvisoryDatabaseReader.AdvisoryDatabase;
import dev.easel.graph.advisory.AdvisoryImporter;
import dev.easel.graph.advisory.ImportReport;
import dev.easel.graph.advisory.Unmatched;
import dev.easel.graph.advisory.UnmatchedReason;
import dev.easel.graph.db.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code easel advisories import}: RustSec advisories joined with the call graph (docs/advisories.md). */
@Command(name = "advisories", mixinStandardHelpOptions = true,
        description = "RustSec security advisories in the graph, and which crates can reach the functions they name.",
        subcommands = AdvisoriesCommand.Import.class)
final class AdvisoriesCommand {

    @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Read a RustSec advisory database (a checkout of rustsec/advisory-db, or its .tar.gz or "
                    + ".zip; never the network) and write Advisory nodes, CONCERNS, AFFECTS (the versions in the graph "
                    + "inside each advisory's ranges) and NAMES (the functions its [affected.functions] paths match); "
                    + "then compute, from the call graph, which analysed versions can reach a named function of an "
                    + "advisory affecting a version they resolved to (REACHES, with one shortest call path).",
                    "Replaces an earlier import's facts. Run it again after loading more crates.",
                    "Example: easel advisories import advisory-db-main.zip"})
    static final class Import extends DatabaseCommand {

        @Parameters(paramLabel = "PATH", description = "advisory-db checkout folder, or its .tar.gz / .tgz / .zip.")
        Path path;

        @Option(names = "--unmatched", paramLabel = "FILE",
                description = "Write every named path that matched no function, with the reason, as TSV.")
        Path unmatchedFile;

        @Option(names = "--batch-size", defaultValue = "5000",
                description = "Rows per write transaction (default ${DEFAULT-VALUE}).")
        int batchSize;

        @Override
        protected void validate() {
            requireExisting(path);
            if (batchSize < 1) {
                throw new UsageException("--batch-size must be at least 1");
            }
        }

        @Override
        protected ExitCode execute(GraphStore store) throws IOException {
            AdvisoryDatabase database = AdvisoryDatabaseReader.read(path);
            database.problems().forEach(p -> err().println("easel: " + p));
            if (database.files() == 0) {
                throw new UsageException("no advisories (crates/<crate>/RUSTSEC-*.md) in " + path);
            }
            ImportReport report = new AdvisoryImporter(store, batchSize).importDatabase(database);
            if (unmatchedFile != null) {
                writeUnmatched(report, unmatchedFile);
            }
            print(report, database, out());
            return okUnless(!database.problems().isEmpty());
        }

        private static void print(ImportReport r, AdvisoryDatabase database, PrintWriter out) {
            ImportReport.Reach reach = r.reach();
            Map<String, Object> table = new LinkedHashMap<>();
            table.put("advisory files", r.files() + (database.problems().isEmpty() ? ""
                    : " (" + database.problems().size() + " problems, " + (r.files() - r.advisories()) + " skipped)"));
            table.put("advisories imported", r.advisories() + " (" + r.withdrawn() + " withdrawn)");
            table.put("about crates in the graph", r.concerning());
            table.put("AFFECTS (advisory → version)", r.affects());
            table.put("NAMES (advisory → function)", r.names() + " from " + r.advisoriesNaming() + " advisories");
            table.put("named paths matching nothing", r.unmatched().size());
            for (Map.Entry<UnmatchedReason, Long> e : r.unmatchedByReason().entrySet()) {
                table.put("  " + e.getKey().label(), e.getValue());
            }
            table.put("versions exposed (resolved an affected version)", reach.exposed());
            table.put("REACHES (version → advisory)", reach.reaches());
            table.put("call graph read", String.format(Locale.ROOT,
                    "%,d functions that reach a named one, %,d calls, in %.1f s", reach.functions(), reach.calls(),
                    reach.readTime().toMillis() / 1000.0));
            table.put("reach computed", String.format(Locale.ROOT, "in %.2f s", reach.computeTime().toMillis() / 1000.0));
            int width = table.keySet().stream().mapToInt(String::length).max().orElse(0);
            table.forEach((k, v) -> out.println(k + " ".repeat(width + 2 - k.length()) + v));
            boolean header = false;
            for (Unmatched u : r.unmatched()) {
                if (u.reason() == UnmatchedReason.CRATE_NOT_IN_GRAPH) {
                    continue; // counted above; --unmatched lists them
                }
                if (!header) {
                    out.println();
                    out.println("unmatched paths (crates not in the graph left out; --unmatched FILE lists all):");
                    header = true;
                }
                out.println("  " + u);
            }
            out.flush();
        }

        /** TSV, written under a temporary name and renamed, so a half-written file never looks complete. */
        private static void writeUnmatched(ImportReport report, Path file) throws IOException {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("advisory\tpath\tversion\treason\tdetail\n");
                for (Unmatched u : report.unmatched()) {
                    w.write(String.join("\t", u.advisory(), u.path(), u.version() == null ? "" : u.version(),
                            u.reason().label(), u.detail() == null ? "" : u.detail().replace('\t', ' ')) + "\n");
                }
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
