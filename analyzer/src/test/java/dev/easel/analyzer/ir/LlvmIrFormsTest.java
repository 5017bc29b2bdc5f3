package dev.easel.analyzer.ir;

import dev.easel.analyzer.model.CallEdge.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LLVM syntax forms (tail/musttail/notail, callbr, varargs, quoted names, aliases, inline asm) on a LangRef sample. */
class LlvmIrFormsTest {

    static IrModule read() throws IOException, URISyntaxException {
        return IrModule.read(Path.of(LlvmIrFormsTest.class.getResource("/ir/llvm-forms.ll").toURI()));
    }

    @Test
    void everyCallFormIsAnEdge() throws Exception {
        IrModule m = read();
        IrFunction caller = m.function("caller").orElseThrow();
        Map<String, Integer> byKey = caller.calls().stream()
                .collect(Collectors.toMap(c -> c.kind() + " " + c.callee(), IrCall::count));
        assertEquals(Map.of(
                "DIRECT callee_a", 3,          // tail call, musttail call, callbr with a direct callee
                "DIRECT callee_b", 1,          // notail call
                "INVOKE callee_b", 1,
                "DIRECT quoted \"callee\"", 1, // named struct return type, quoted name with \22
                "DIRECT printf", 1,            // varargs function type before the callee
                "INDIRECT null", 1), byKey);   // call through %fp; inline asm and the intrinsic are no edges
        assertEquals(0, m.linesSkipped(), m.problems().toString());
    }

    @Test
    void linkageVisibilityAndLocation() throws Exception {
        IrModule m = read();
        IrFunction a = m.function("callee_a").orElseThrow();
        IrFunction b = m.function("callee_b").orElseThrow();
        assertEquals("internal", a.linkage());
        assertFalse(a.externallyVisible());
        assertEquals("weak_odr", b.linkage());
        assertEquals("hidden", b.visibility());
        assertFalse(b.externallyVisible());
        assertEquals(new SourceLocation("/abs/src/caller.rs", 7), m.location(m.function("caller").orElseThrow())
                .orElseThrow());
    }

    @Test
    void declarationsExcludeIntrinsicsAndAliasesAreRead() throws Exception {
        IrModule m = read();
        assertEquals(List.of("printf", "quoted \"callee\""), List.copyOf(m.declarations()));
        assertEquals(2, m.aliases().size());
        IrAlias hidden = m.aliases().get(0);
        assertEquals("quoted alias\u0001", hidden.symbol());
        assertEquals("callee_a", hidden.aliasee());
        assertFalse(hidden.externallyVisible());
        IrAlias exported = m.aliases().get(1);
        assertEquals("callee_b", exported.aliasee());
        assertTrue(exported.externallyVisible());
    }

    /** A line reported twice (it ends an unclosed function and is itself malformed) counts as one skipped line. */
    @Test
    void aLineReportedTwiceIsOneSkippedLine(@TempDir Path tmp) throws IOException {
        Path ll = Files.writeString(tmp.resolve("twice.ll"), "define void @f() {\ndefine void @g {\n}\n");
        IrModule m = IrModule.read(ll);
        assertEquals(List.of(2, 2), m.problems().stream().map(p -> p.line()).toList(), m.problems().toString());
        assertEquals(1, m.linesSkipped());
        assertTrue(m.function("f").isPresent());
    }
}
