package dev.easel.graph.export;

import dev.easel.analyzer.model.LatestVersion;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The {@code latest} flag of exported versions, by {@link LatestVersion}'s rule over the analysed versions of each
 * crate, as the online loader sets it for crates no index import describes. It is known only once the whole input was
 * seen, so it is written in a second, streaming pass over versions.csv, whose last column it is; memory holds one
 * entry per crate.
 */
final class LatestColumn {

    private final LatestVersion.PerCrate latest = new LatestVersion.PerCrate();
    private final Set<String> analysed = new HashSet<>();

    void offer(String crate, String version, String versionId) {
        analysed.add(versionId);
        latest.offer(crate, version, false); // analyses know nothing of yanking: an index import does
    }

    Ids ids() {
        Set<String> ids = new HashSet<>();
        latest.all().forEach((crate, version) -> ids.add(crate + "@" + version)); // CrateAnalysis.id()
        return new Ids(analysed, ids);
    }

    /** Which rows get a value: analysed versions (true or false); stubs of unanalysed versions stay empty. */
    record Ids(Set<String> analysed, Set<String> latest) {
    }

    /** Appends the flag to every data row of {@code versionsCsv}, whose last column is {@code latest} and empty. */
    static void fill(Path versionsCsv, Ids ids) {
        Path tmp = versionsCsv.resolveSibling(versionsCsv.getFileName() + ".tmp");
        try (BufferedReader in = Files.newBufferedReader(versionsCsv, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write(in.readLine()); // header
            out.write('\n');
            String line;
            while ((line = in.readLine()) != null) {
                String id = firstField(line);
                out.write(line);
                if (ids.analysed().contains(id)) {
                    out.write(ids.latest().contains(id) ? "true" : "false");
                }
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the latest column of " + versionsCsv, e);
        }
        try {
            Files.move(tmp, versionsCsv, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + versionsCsv, e);
        }
    }

    /** The id column, written quoted by CsvFile with inner quotes doubled. */
    private static String firstField(String line) {
        StringBuilder id = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    id.append('"');
                    i++;
                } else {
                    break;
                }
            } else {
                id.append(c);
            }
        }
        return id.toString();
    }
}
