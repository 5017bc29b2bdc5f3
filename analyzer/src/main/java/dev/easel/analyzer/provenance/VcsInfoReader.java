package dev.easel.analyzer.provenance;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.VcsInfo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads what {@code cargo package} left in a crate folder about its origin: {@code .cargo_vcs_info.json}
 * ({@code {"git": {"sha1": "…", "dirty": true}, "path_in_vcs": "crates/foo"}}) and whether {@code Cargo.toml.orig}
 * exists. A file that is not such JSON becomes a {@link Problem} naming file and line (Jackson's location), and the
 * facts it could not give stay null.
 */
public final class VcsInfoReader {

    public static final String VCS_INFO = ".cargo_vcs_info.json";
    public static final String CARGO_TOML_ORIG = "Cargo.toml.orig";
    private static final Problem.Stage STAGE = Problem.Stage.PROVENANCE;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private VcsInfoReader() {
    }

    public static VcsInfo read(Path crateDir, List<Problem> problems) {
        boolean orig = Files.isRegularFile(crateDir.resolve(CARGO_TOML_ORIG));
        Path file = crateDir.resolve(VCS_INFO);
        if (!Files.isRegularFile(file)) {
            return VcsInfo.absent(orig);
        }
        JsonNode doc;
        try {
            doc = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem(STAGE, file.toString(), at == null ? 0 : Math.max(0, at.getLineNr()),
                    "not valid JSON: " + e.getOriginalMessage()));
            return new VcsInfo(true, null, false, null, orig);
        } catch (IOException e) {
            problems.add(new Problem(STAGE, file.toString(), 0, "cannot read: " + e.getMessage()));
            return new VcsInfo(true, null, false, null, orig);
        }
        if (doc == null || !doc.isObject()) {
            problems.add(new Problem(STAGE, file.toString(), 1, "not a JSON object"));
            return new VcsInfo(true, null, false, null, orig);
        }
        JsonNode git = doc.path("git");
        String sha = git.path("sha1").isTextual() ? git.path("sha1").asText() : null;
        if (sha == null) {
            problems.add(new Problem(STAGE, file.toString(), 1, "no string git.sha1"));
        } else if (!sha.matches("[0-9a-f]{40}|[0-9a-f]{64}")) {
            problems.add(new Problem(STAGE, file.toString(), 1, "git.sha1 is not a commit id: '" + sha + "'"));
            sha = null;
        }
        String path = doc.path("path_in_vcs").isTextual() ? doc.path("path_in_vcs").asText() : null;
        return new VcsInfo(true, sha, git.path("dirty").asBoolean(false), path, orig);
    }
}
