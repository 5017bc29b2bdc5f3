package dev.easel.cli;

import dev.easel.analyzer.typosquat.Check;
import dev.easel.analyzer.typosquat.CorpusFile;
import dev.easel.graph.db.GraphStore;
import dev.easel.graph.typosquat.TyposquatWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code easel typosquat}: crate names that may squat popular crates, stored as MAY_SQUAT. */
@Command(name = "typosquat", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check every crate name in the graph against a corpus of popular crates with Typomania's checks "
                + "and crates.io's prefix/suffix check; a name counts when it differs from the popular one and the "
                + "two crates share no owner. Results replace all (:Crate)-[:MAY_SQUAT {checks, score}]->(:Crate); "
                + "see them with 'easel query possible-typosquats'. Needs an index import of the db-dump "
                + "(downloads and owners); see docs/typosquatting.md."})
final class TyposquatCommand extends DatabaseCommand {

    @Option(names = "--top", defaultValue = "3000", paramLabel = "N",
            description = "Corpus: the N most downloaded crates (default ${DEFAULT-VALUE}, as crates.io).")
    int top;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Corpus: the crates named in FILE (one per line, # comments) instead of the most downloaded.")
    Path corpus;

    @Option(names = "--checks", paramLabel = "LIST", defaultValue = "all",
            description = "Comma-separated checks to run (default ${DEFAULT-VALUE}): bitflip, omitted, repeated, "
                    + "swapped-characters, swapped-words, typo, version-suffix, affix.")
    String checks;

    private Set<Check> selected;

    @Override
    protected void validate() {
        if (top < 1) {
            throw new UsageException("--top must be at least 1");
        }
        try {
            selected = Check.parse(checks);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--checks: " + e.getMessage());
        }
        if (corpus != null && !Files.isRegularFile(corpus)) {
            throw new UsageException("no such file: " + corpus);
        }
    }

    @Override
    protected ExitCode execute(GraphStore store) throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> names = corpus == null ? null : CorpusFile.read(corpus, p -> problems.add(p.toString()));
        TyposquatWriter.Report report;
        try {
            report = TyposquatWriter.run(store, new TyposquatWriter.Options(top, names, selected));
        } catch (IllegalStateException e) {
            throw new UsageException(e.getMessage());
        }
        report.notInGraph().forEach(n -> problems.add(corpus + ": no crate '" + n + "' in the graph, left out of the corpus"));
        PrintWriter err = err();
        problems.forEach(p -> err.println("easel: " + p));
        PrintWriter out = out();
        out.printf(Locale.ROOT, "names checked: %,d against %,d popular crates (checks: %s)%n", report.namesChecked(),
                report.corpus(), Check.names(selected));
        out.printf(Locale.ROOT, "candidates generated: %,d (%,d distinct names)%n", report.generated(),
                report.candidates());
        out.printf(Locale.ROOT, "suspects: %,d crates, %,d MAY_SQUAT relationships (%,d from the last run replaced)%n",
                report.suspects(), report.relationships(), report.removed());
        out.flush();
        err.printf(Locale.ROOT, "easel: typosquat took %.1f s (%.2f s generating candidates and checking names)%n",
                report.seconds(), report.detectSeconds());
        return okUnless(!problems.isEmpty());
    }
}
