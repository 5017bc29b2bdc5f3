package dev.easel.graph.export;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;

/**
 * Fills the last column of a node file in a second, streaming pass, for a value known only once the whole input was
 * seen ({@code latest} of versions). Every data row was written with that column empty; each gets the value for its
 * id (the first field), or stays empty when the value is null. Records whose quoted values span lines are read whole.
 * The file is rewritten under a temporary name and renamed into place.
 */
final class CsvColumnFill {

    private CsvColumnFill() {
    }

    static void fill(Path file, Function<String, String> valueOfId) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedReader in = CsvStreams.reader(file);
             BufferedWriter out = CsvStreams.writer(tmp)) {
            String header = in.readLine();
            if (header == null) {
                throw new IllegalStateException(file + " has no header");
            }
            out.write(header);
            out.write('\n');
            StringBuilder record = new StringBuilder();
            long quotes = 0;
            String line;
            while ((line = in.readLine()) != null) {
                if (!record.isEmpty()) {
                    record.append('\n');
                }
                record.append(line);
                quotes += count(line, '"');
                if (quotes % 2 != 0) {
                    continue; // inside a quoted value that holds a line break
                }
                out.append(record);
                String value = valueOfId.apply(firstField(record));
                if (value != null) {
                    out.write(value);
                }
                out.write('\n');
                record.setLength(0);
                quotes = 0;
            }
            if (!record.isEmpty()) {
                throw new IllegalStateException(file + " ends inside a quoted value");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot fill the last column of " + file, e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
    }

    private static long count(String s, char c) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** The id column, written quoted by CsvFile with inner quotes doubled. */
    private static String firstField(CharSequence record) {
        StringBuilder id = new StringBuilder();
        for (int i = 1; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"') {
                if (i + 1 < record.length() && record.charAt(i + 1) == '"') {
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
