package dev.easel.analyzer.provenance;

import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.VcsInfo;
import dev.easel.analyzer.testdata.DebianRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class VcsInfoReaderTest {

    @TempDir
    Path dir;
    final List<Problem> problems = new ArrayList<>();

    @Test
    void cargosFile() throws Exception {
        Files.writeString(dir.resolve(".cargo_vcs_info.json"),
                TestRepos.vcsInfo("b4d8564f38ac5dc928da5e6325ef3f4dd9cfd519", true, "crates/foo"));
        Files.writeString(dir.resolve("Cargo.toml.orig"), "[package]\n");
        assertEquals(new VcsInfo(true, "b4d8564f38ac5dc928da5e6325ef3f4dd9cfd519", true, "crates/foo", true),
                VcsInfoReader.read(dir, problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void olderCargoWithoutPathInVcs() throws Exception {
        Files.writeString(dir.resolve(".cargo_vcs_info.json"),
                "{\"git\":{\"sha1\":\"b4d8564f38ac5dc928da5e6325ef3f4dd9cfd519\"}}");
        assertEquals(new VcsInfo(true, "b4d8564f38ac5dc928da5e6325ef3f4dd9cfd519", false, null, false),
                VcsInfoReader.read(dir, problems));
    }

    @Test
    void absent() {
        assertEquals(new VcsInfo(false, null, false, null, false), VcsInfoReader.read(dir, problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void corruptJsonIsAProblemWithFileAndLine() throws Exception {
        Path f = dir.resolve(".cargo_vcs_info.json");
        Files.writeString(f, "{\n  \"git\": {\n    \"sha1\": \"abc\",,\n  }\n}\n");
        VcsInfo v = VcsInfoReader.read(dir, problems);
        assertEquals(new VcsInfo(true, null, false, null, false), v);
        assertEquals(1, problems.size());
        assertEquals(f.toString(), problems.get(0).file());
        assertEquals(3, problems.get(0).line());
        assertEquals(Problem.Stage.PROVENANCE, problems.get(0).stage());
    }

    @Test
    void aShaThatIsNoCommitId() throws Exception {
        Files.writeString(dir.resolve(".cargo_vcs_info.json"), "{\"git\":{\"sha1\":\"main\"},\"path_in_vcs\":\"\"}");
        assertEquals(new VcsInfo(true, null, false, "", false), VcsInfoReader.read(dir, problems));
        assertEquals("git.sha1 is not a commit id: 'main'", problems.get(0).message());
    }

    @Test
    void debianLibzSysKeepsItsVcsInfo() {
        Path crate = DebianRegistry.require("libz-sys-1.1.8");
        // Debian keeps .cargo_vcs_info.json and drops Cargo.toml.orig
        assertEquals(new VcsInfo(true, "b4d8564f38ac5dc928da5e6325ef3f4dd9cfd519", false, "", false),
                VcsInfoReader.read(crate, problems));
    }
}
