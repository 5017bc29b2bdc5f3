package dev.easel.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.analyzer.provenance.GitMirrors;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** easel provenance verify on a crate folder and a mirror the test makes with JGit. */
class ProvenanceCommandTest {

    @TempDir
    Path tmp;

    private String repository(Path dir) throws Exception {
        new GitMirrors(tmp).close(); // JGit without the host's git configuration, before the test's own JGit calls
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("Cargo.toml"), "[package]\nname = \"tool\"\nversion = \"0.3.0\"\n"
                + "repository = \"https://example.org/team/tool\"\n");
        Files.writeString(dir.resolve("src/lib.rs"), "pub fn tool() {}\n");
        PersonIdent who = new PersonIdent("T", "t@example.org", Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            return git.commit().setMessage("one").setAuthor(who).setCommitter(who).setSign(false).call().getName();
        }
    }

    private Path pack(String sha, String lib) throws Exception {
        Path crate = tmp.resolve("crates/tool-0.3.0");
        Files.createDirectories(crate.resolve("src"));
        String toml = "[package]\nname = \"tool\"\nversion = \"0.3.0\"\nrepository = \"https://example.org/team/tool\"\n";
        Files.writeString(crate.resolve("Cargo.toml"), "# generated\n" + toml);
        Files.writeString(crate.resolve("Cargo.toml.orig"), toml);
        Files.writeString(crate.resolve("src/lib.rs"), lib);
        Files.writeString(crate.resolve(".cargo_vcs_info.json"),
                "{\"git\":{\"sha1\":\"" + sha + "\"},\"path_in_vcs\":\"\"}");
        return crate;
    }

    @Test
    void jsonWithoutLoading() throws Exception {
        String sha = repository(tmp.resolve("mirrors/example.org/team/tool"));
        Path crate = pack(sha, "pub fn tool() { /* changed */ }\n");
        EaselRun run = EaselRun.of("provenance", "verify", crate.toString(), "--git-mirrors",
                tmp.resolve("mirrors").toString(), "--no-load", "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode j = new ObjectMapper().readTree(run.out().strip());
        assertEquals("differs", j.get("status").asText());
        assertEquals("src/lib.rs", j.get("changed").get(0).asText());
        assertEquals(sha, j.get("commit").asText());
        assertEquals("https://example.org/team/tool", j.get("repository_url").asText());
    }

    @Test
    void tableAndLoadIntoTheEmbeddedGraph() throws Exception {
        String sha = repository(tmp.resolve("mirrors/example.org/team/tool.git"));
        Path crate = pack(sha, "pub fn tool() {}\n");
        EaselRun run = EaselRun.of("provenance", "verify", crate.toString(), "--git-mirrors",
                tmp.resolve("mirrors").toString(), "--data-dir", tmp.resolve("db").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("tool   0.3.0    match   " + sha.substring(0, 12) + "        0                0"
                + "                   0"), run.out());
        assertTrue(run.err().contains("1 versions checked, 1 BUILT_FROM written"), run.err());
        EaselRun q = EaselRun.of("query", "--cypher",
                "MATCH (v:Version)-[b:BUILT_FROM]->(r:Repository) RETURN v.id AS v, b.status AS s, r.url AS url",
                "--format", "csv", "--data-dir", tmp.resolve("db").toString());
        assertEquals("v,s,url\ntool@0.3.0,match,https://example.org/team/tool\n", q.out().replace("\r\n", "\n"));
    }

    @Test
    void missingMirrorsFolderIsAUsageError() {
        EaselRun run = EaselRun.of("provenance", "verify", tmp.toString(), "--git-mirrors",
                tmp.resolve("nowhere").toString(), "--no-load");
        assertEquals(ExitCode.USAGE.code(), run.exitCode());
        assertTrue(run.err().contains("--git-mirrors: no such folder"), run.err());
    }
}
