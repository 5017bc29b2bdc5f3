package dev.easel.analyzer.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnalysisJsonTest {

    @Test
    void roundTripKeepsEnumsInTheirWrittenForm() throws IOException {
        CrateAnalysis a = CrateAnalysis.builder("zlib", "1.0.0")
                .nativeCode(new NativeCode(List.of(new NativeCode.LanguageCount(NativeLanguage.CPP, 2, 40)),
                        List.of(), List.of("cc")))
                .problems(List.of(new Problem(Problem.Stage.MIR, "x.mir", 3, "odd")))
                .build();
        String line = AnalysisJson.toLine(a);
        assertEquals(true, line.contains("\"language\":\"C++\"") && line.contains("\"stage\":\"mir\""), line);
        assertEquals(a, AnalysisJson.fromLine(line));
    }

    @Test
    void aLineFromANewerEaselIsRefusedByNameAndTheRestIsRead(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("a.jsonl");
        Files.writeString(file, AnalysisJson.toLine(CrateAnalysis.builder("a", "1.0.0").build()) + "\n"
                + "{\"schema\":99,\"name\":\"b\",\"version\":\"1.0.0\"}\n"
                + "{\"name\":\"old\",\"version\":\"0.1.0\"}\n");
        List<AnalysisJson.BadLine> bad = new ArrayList<>();
        List<String> read = new ArrayList<>();
        AnalysisJson.read(file, x -> read.add(x.id()), bad::add);
        assertEquals(List.of("a@1.0.0", "old@0.1.0"), read, "a line without a format number is the oldest format");
        assertEquals(List.of(new AnalysisJson.BadLine(file, 2, "written by a newer easel (analysis format 99; "
                + "this easel reads format " + CrateAnalysis.SCHEMA + " and older)")), bad);
    }

    /** Found by fuzzing (docs/fuzzing.md): one byte that is not UTF-8 ended the read of the whole file. */
    @Test
    void aLineThatIsNotUtf8IsABadLineAndTheRestIsRead(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("a.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((AnalysisJson.toLine(CrateAnalysis.builder("a", "1.0.0").build()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {'{', '"', 'n', (byte) 0xC3, '"', '}', '\n'});
        bytes.writeBytes((AnalysisJson.toLine(CrateAnalysis.builder("b\u00e9", "2.0.0").build()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());
        List<AnalysisJson.BadLine> bad = new ArrayList<>();
        List<String> read = new ArrayList<>();
        AnalysisJson.read(file, x -> read.add(x.id()), bad::add);
        assertEquals(List.of("a@1.0.0", "b\u00e9@2.0.0"), read);
        assertEquals(List.of(new AnalysisJson.BadLine(file, 2, "not UTF-8 text")), bad);
    }
}
