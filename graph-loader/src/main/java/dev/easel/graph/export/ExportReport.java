package dev.easel.graph.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link CsvExporter} wrote.
 *
 * @param dir         the folder holding the CSV files (and {@code import-command.txt} when asked for)
 * @param versions    versions exported
 * @param skipped     versions not exported, with the reason (e.g. a second analysis of the same version)
 * @param rowsPerFile data rows per file
 * @param files       the files, for an import
 */
public record ExportReport(Path dir, long versions, List<String> skipped, Map<String, Long> rowsPerFile,
                           ImportFiles files) {
    public ExportReport {
        skipped = List.copyOf(skipped);
        rowsPerFile = Map.copyOf(rowsPerFile);
    }

    /**
     * The arguments of {@code neo4j-admin} (from {@code database import full}) of {@code import-command.txt}: the
     * server's default database, overwritten.
     */
    public List<String> importArguments() {
        return files.arguments(ImportSettings.forServer("neo4j", true, dir.toAbsolutePath().resolve("import.report")));
    }
}
