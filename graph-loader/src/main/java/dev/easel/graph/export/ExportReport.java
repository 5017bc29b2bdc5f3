package dev.easel.graph.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What {@link CsvExporter} wrote.
 *
 * @param dir            the folder holding the CSV files and {@code import-command.txt}
 * @param versions       versions exported
 * @param skipped        versions not exported, with the reason (e.g. a second analysis of the same version)
 * @param rowsPerFile    data rows per file
 * @param importArguments the arguments of {@code neo4j-admin} for the import (starting with {@code database import full})
 */
public record ExportReport(Path dir, long versions, List<String> skipped, Map<String, Long> rowsPerFile,
                           List<String> importArguments) {
    public ExportReport {
        skipped = List.copyOf(skipped);
        rowsPerFile = Map.copyOf(rowsPerFile);
        importArguments = List.copyOf(importArguments);
    }
}
