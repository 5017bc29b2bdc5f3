package dev.easel.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.analyzer.build.BuildPool;
import dev.easel.analyzer.intake.CrateInput;
import dev.easel.analyzer.intake.CrateIntake;
import dev.easel.analyzer.intake.IntakeOptions;
import dev.easel.analyzer.intake.IntakeResult;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.provenance.ProvenanceCheck;
import dev.easel.analyzer.provenance.ProvenanceVerifier;
import dev.easel.analyzer.provenance.VcsInfoReader;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.provenance.ProvenanceWriter;
import dev.easel.queries.OutputFormat;
import dev.easel.queries.QueryResult;
import dev.easel.queries.ResultFormatter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code easel provenance verify}: are published crates built from the repositories they name? */
@Command(name = "provenance", mixinStandardHelpOptions = true,
        description = "Where crates come from: check packages against their repositories (docs/provenance.md).",
        subcommands = ProvenanceCommand.Verify.class)
final class ProvenanceCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"For each crate version: is the commit of its .cargo_vcs_info.json in a local mirror of its "
                    + "repository, and are its files that commit's files under path_in_vcs? Never uses the network "
                    + "nor the git program.",
                    "Status: match, differs, commit-missing, no-vcs-info, no-repository, repository-unavailable. "
                            + "Loaded as (:Version)-[:BUILT_FROM]->(:Repository) unless --no-load."})
    static final class Verify implements Callable<Integer> {

        @Parameters(arity = "1..*", paramLabel = "PATH",
                description = "Crates as easel analyze takes them: folders, workspaces, registries, .crate archives.")
        List<Path> paths;

        @Option(names = "--git-mirrors", required = true, paramLabel = "DIR",
                description = "Repositories by URL: https://host/owner/name is DIR/host/owner/name or "
                        + "DIR/host/owner/name.git, bare or not.")
        Path mirrors;

        @Option(names = "--no-load", description = "Print the results only; do not write them to the graph.")
        boolean noLoad;

        @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
                description = "table or json (one object per version, every differing file) (default ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--work-dir", paramLabel = "DIR",
                description = "Where .crate archives are extracted (default ~/.easel/build).")
        Path workDir;

        @Option(names = "--batch-size", defaultValue = "1000",
                description = "Versions per transaction (default ${DEFAULT-VALUE}).")
        int batchSize;

        @Mixin
        DatabaseOptions db;

        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws JsonProcessingException {
            OutputFormat output;
            try {
                output = OutputFormat.parse(format);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (output == OutputFormat.CSV) {
                throw new UsageException("--format must be table or json");
            }
            if (!Files.isDirectory(mirrors)) {
                throw new UsageException("--git-mirrors: no such folder: " + mirrors);
            }
            if (batchSize < 1) {
                throw new UsageException("--batch-size must be at least 1");
            }
            PrintWriter err = spec.commandLine().getErr();
            IntakeResult intake = CrateIntake.collect(paths, IntakeOptions.all(
                    (workDir == null ? BuildPool.defaultWorkDir() : workDir).resolve("archives")));
            List<Problem> problems = new ArrayList<>(intake.problems());
            List<ProvenanceCheck> checks = new ArrayList<>();
            try (ProvenanceVerifier verifier = new ProvenanceVerifier(mirrors)) {
                for (CrateInput c : intake.crates()) {
                    String repository = c.manifest() == null ? null : c.manifest().repository();
                    checks.add(verifier.verify(c.name(), c.version(), repository,
                            VcsInfoReader.read(c.folder(), problems), c.folder(), problems));
                }
            }
            problems.forEach(p -> err.println("easel: " + p));
            print(checks, output, spec.commandLine().getOut());
            if (!noLoad && !checks.isEmpty()) {
                try (GraphStore store = GraphStore.open(db.settings())) {
                    ProvenanceWriter.Report r = new ProvenanceWriter(store, batchSize).write(checks);
                    err.printf("easel: %d versions checked, %d BUILT_FROM written%n", r.versions(), r.builtFrom());
                }
            }
            return problems.isEmpty() ? ExitCode.OK.code() : ExitCode.SOME_FAILED.code();
        }

        private static void print(List<ProvenanceCheck> checks, OutputFormat output, PrintWriter out)
                throws JsonProcessingException {
            if (output == OutputFormat.JSON) {
                ObjectMapper mapper = new ObjectMapper();
                for (ProvenanceCheck c : checks) {
                    out.println(mapper.writeValueAsString(json(c)));
                }
            } else {
                List<List<Object>> rows = new ArrayList<>();
                for (ProvenanceCheck c : checks) {
                    rows.add(java.util.Arrays.asList(c.name(), c.version(), c.status().label(),
                            c.commit() == null ? null : c.commit().substring(0, Math.min(12, c.commit().length())),
                            (long) c.changed().size(), (long) c.onlyInPackage().size(),
                            (long) c.onlyInRepository().size(), c.message()));
                }
                out.print(ResultFormatter.format(new QueryResult(List.of("crate", "version", "status", "commit",
                        "changed", "only_in_package", "only_in_repository", "note"), rows), OutputFormat.TABLE));
            }
            out.flush();
        }

        private static Map<String, Object> json(ProvenanceCheck c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("crate", c.name());
            m.put("version", c.version());
            m.put("status", c.status().label());
            m.put("repository", c.repository());
            m.put("repository_url", c.repositoryKey());
            m.put("mirror", c.mirror());
            m.put("commit", c.commit());
            m.put("path_in_vcs", c.pathInVcs());
            m.put("dirty", c.dirty());
            m.put("changed", c.changed());
            m.put("only_in_package", c.onlyInPackage());
            m.put("only_in_repository", c.onlyInRepository());
            m.put("unchecked", c.unchecked());
            m.put("note", c.message());
            m.put("checked_at", c.checkedAt().toString());
            return m;
        }
    }
}
