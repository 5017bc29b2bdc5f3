package dev.easel.graph.bulk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the importer skipped, from its report file: nodes whose id came before ({@code --skip-duplicate-nodes}) and
 * relationships to a node that is not in the files ({@code --skip-bad-relationships}). easel's writers drop such input
 * rows themselves and say so, so both are normally zero.
 *
 * @param duplicateNodes    nodes skipped as duplicates
 * @param badRelationships  relationships skipped for a missing end
 * @param examples          the first lines of the report
 * @param file              the report
 */
public record ImporterReport(long duplicateNodes, long badRelationships, List<String> examples, Path file) {

    private static final int EXAMPLES = 10;

    public ImporterReport {
        examples = List.copyOf(examples);
    }

    public long skipped() {
        return duplicateNodes + badRelationships;
    }

    static ImporterReport read(Path file) {
        long duplicates = 0;
        long bad = 0;
        List<String> examples = new ArrayList<>();
        if (!Files.exists(file)) {
            return new ImporterReport(0, 0, examples, file);
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.contains("referring to missing node")) {
                    bad++;
                } else {
                    duplicates++;
                }
                if (examples.size() < EXAMPLES) {
                    examples.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the importer's report " + file, e);
        }
        return new ImporterReport(duplicates, bad, examples, file);
    }
}
