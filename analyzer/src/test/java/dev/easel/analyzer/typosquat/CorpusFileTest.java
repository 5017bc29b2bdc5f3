package dev.easel.analyzer.typosquat;

import dev.easel.analyzer.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CorpusFileTest {

    @Test
    void namesCommentsAndBadLines(@TempDir Path tmp) throws IOException {
        Path f = Files.writeString(tmp.resolve("corpus.txt"), """
                # the crates we care about
                serde
                  tokio   # runtime

                serde_json
                not a name
                9lives
                """);
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of("serde", "tokio", "serde_json"), CorpusFile.read(f, problems::add));
        assertEquals(List.of(
                new Problem(Problem.Stage.TYPOSQUAT, f.toString(), 6, "not a crate name, skipped: 'not a name'"),
                new Problem(Problem.Stage.TYPOSQUAT, f.toString(), 7, "not a crate name, skipped: '9lives'")), problems);
    }
}
