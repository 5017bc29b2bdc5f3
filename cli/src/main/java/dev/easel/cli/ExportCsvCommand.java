package dev.easel.cli;

import dev.easel.analyzer.model.AnalysisJson;
import dev.easel.analyzer.model.CrateAnalysis;
import dev.easel.graph.export.CsvExporter;
import dev.easel.graph.export.ExportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** {@code easel export-csv DIR FILE.jsonl…}: files for {@code neo4j-admin database import full}. */
@Command(name = "export-csv", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write node and relationship CSV files for an initial bulk load with "
                + "'neo4j-admin database import full', and the exact command in DIR/import-command.txt."})
final class ExportCsvCommand extends EaselCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder for the CSV files.")
    Path dir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE.jsonl", description = "Analyses to export.")
    List<Path> files;

    @Mixin
    LoadOptionsMixin load;

    @Override
    protected void validate() {
        requireFiles(files);
    }

    @Override
    protected ExitCode execute() throws IOException {
        PrintWriter err = err();
        List<String> bad = new ArrayList<>();
        List<Stream<CrateAnalysis>> streams = new ArrayList<>();
        try {
            for (Path f : files) {
                streams.add(AnalysisJson.stream(f, b -> bad.add(b.toString())));
            }
            ExportReport report = new CsvExporter(load.loadOptions())
                    .write(streams.stream().flatMap(s -> s), dir);
            bad.forEach(b -> err.println("easel: skipped unreadable line " + b));
            report.skipped().forEach(s -> err.println("easel: not exported: " + s));
            err.printf("easel: %d versions exported to %s; import with the command in %s%n", report.versions(), dir,
                    dir.resolve("import-command.txt"));
            out().println(Files.readString(dir.resolve("import-command.txt")).strip());
            return okUnless(!bad.isEmpty() || !report.skipped().isEmpty());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            streams.forEach(Stream::close);
        }
    }
}
