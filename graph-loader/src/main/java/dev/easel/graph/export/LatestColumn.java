package dev.easel.graph.export;

import dev.easel.analyzer.model.SemVer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code latest} flag of exported versions, as the online loader sets it for crates no index import describes:
 * the highest analysed version of each crate. It is known only once the whole input was seen, so it is written in a
 * second, streaming pass over versions.csv, whose last column it is; memory holds one entry per crate.
 */
final class LatestColumn {

    private record Best(SemVer semver, String versionId) {
    }

    private final Map<String, Best> byCrate = new HashMap<>();
    private final Set<String> analysed = new HashSet<>();

    void offer(String crate, String version, String versionId) {
        analysed.add(versionId);
        SemVer semver = SemVer.tryParse(version);
        if (semver == null) {
            return;
        }
        byCrate.merge(crate, new Best(semver, versionId), (a, b) -> a.semver().compareTo(b.semver()) >= 0 ? a : b);
    }

    Ids ids() {
        Set<String> latest = new HashSet<>();
        byCrate.values().forEach(b -> latest.add(b.versionId()));
        return new Ids(analysed, latest);
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
