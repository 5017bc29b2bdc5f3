package dev.easel.analyzer.build;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildScriptOutputTest {

    @TempDir
    Path tmp;

    @Test
    void linkLibGrammar() {
        assertEquals(new BuildScriptOutput.LinkLib(null, null, "z", null), BuildScriptOutput.LinkLib.parse("z"));
        assertEquals(new BuildScriptOutput.LinkLib("static", null, "ssl", null), BuildScriptOutput.LinkLib.parse("static=ssl"));
        assertEquals(new BuildScriptOutput.LinkLib("static", "+whole-archive,-bundle", "foo", "bar"),
                BuildScriptOutput.LinkLib.parse("static:+whole-archive,-bundle=foo:bar"));
        assertEquals(new BuildScriptOutput.LinkLib("framework", null, "Security", null),
                BuildScriptOutput.LinkLib.parse("framework=Security"));
    }

    @Test
    void badLinesBecomeProblemsWithFileAndLine() throws Exception {
        Path out = tmp.resolve("output");
        Files.writeString(out, "not an instruction\ncargo:rustc-link-lib=z\ncargo::bogus-key=1\ncargo:novalue\ncargo:KEY=v\n");
        BuildScriptOutput s = BuildScriptOutput.parse(out, "p", "1.0.0", null);
        assertEquals(1, s.linkLibs().size());
        assertEquals(2, s.problems().size());
        assertEquals(3, s.problems().get(0).line());
        assertEquals(4, s.problems().get(1).line());
        assertEquals(out.toString(), s.problems().get(0).file());
        assertEquals("v", s.metadata().get("KEY"), "without links the key stays as written");
        assertNull(s.links());
        assertTrue(s.warnings().isEmpty());
    }
}
