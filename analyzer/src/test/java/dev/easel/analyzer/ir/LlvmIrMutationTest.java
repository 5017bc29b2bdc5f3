package dev.easel.analyzer.ir;

import dev.easel.analyzer.model.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real IR, damaged: truncated lines, garbage bytes, lost lines; the reader must skip, report and go on. */
class LlvmIrMutationTest {
    @TempDir
    static Path work;
    static List<String> lines;
    static IrModule pristine;

    @BeforeAll
    static void build() throws IOException {
        Path ll = FixtureBuild.buildFixture("graph-calls", work).ll();
        lines = Files.readAllLines(ll, StandardCharsets.ISO_8859_1);
        pristine = IrModule.read(ll);
    }

    @Test
    void truncatedDefineIsReportedWithFileAndLine() throws IOException {
        List<String> damaged = new ArrayList<>(lines);
        int i = indexOf(damaged, "define i64 @graph_calls_entry");
        damaged.set(i, damaged.get(i).substring(0, 25));
        Path ll = write(damaged, "truncated-define.ll");
        IrModule m = IrModule.read(ll);
        assertEquals(1, m.linesSkipped(), m.problems().toString());
        Problem p = m.problems().get(0);
        assertEquals(ll.toString(), p.file());
        assertEquals(i + 1, p.line());
        assertTrue(m.function("graph_calls_entry").isEmpty());
        // every other function is still read
        assertEquals(pristine.functions().size() - 1, m.functions().size());
    }

    @Test
    void fileCutInTheMiddleOfAFunctionKeepsWhatCameBefore() throws IOException {
        List<String> cut = lines.subList(0, indexOf(lines, "define i64 @graph_calls_entry") + 3);
        IrModule m = IrModule.read(write(cut, "cut.ll"));
        assertTrue(m.function("graph_calls_entry").isPresent());
        assertTrue(m.problems().stream().anyMatch(p -> p.message().contains("not closed before end of file")));
    }

    @Test
    void randomMutationsNeverEscape() throws IOException {
        Random random = new Random(20240611L);
        for (int round = 0; round < 40; round++) {
            List<String> damaged = new ArrayList<>(lines);
            for (int k = 0; k < 25; k++) {
                int i = random.nextInt(damaged.size());
                String line = damaged.get(i);
                switch (random.nextInt(5)) {
                    case 0 -> damaged.set(i, line.substring(0, random.nextInt(line.length() + 1)));
                    case 1 -> damaged.set(i, garble(line, random));
                    case 2 -> damaged.remove(i);
                    case 3 -> damaged.add(i, damaged.get(random.nextInt(damaged.size())));
                    default -> damaged.set(i, line + "\u0000\u00ff(@%\"" + random.nextInt());
                }
            }
            Path ll = write(damaged, "mutated-" + round + ".ll");
            IrModule m = assertDoesNotThrow(() -> IrModule.read(ll));
            assertEquals(damaged.size(), m.linesRead());
            m.problems().forEach(p -> assertTrue(p.line() > 0 || p.message().contains("more problems"), p.toString()));
            assertTrue(m.functions().size() > pristine.functions().size() / 2, "most functions survive");
        }
    }

    private static String garble(String line, Random random) {
        char[] chars = line.toCharArray();
        for (int j = 0; j < Math.min(6, chars.length); j++) {
            String alphabet = "@%\"(){}<>\\!#= x\u00e9";
            chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(chars);
    }

    private static int indexOf(List<String> all, String prefix) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starting with " + prefix);
    }

    private static Path write(List<String> content, String name) throws IOException {
        return Files.write(work.resolve(name), content, StandardCharsets.ISO_8859_1);
    }
}
