package dev.easel.analyzer.fetch;

import dev.easel.analyzer.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CrateListTest {

    @Test
    void readsNamesAndPinnedVersionsSkippingCommentsAndReportingBadLines(@TempDir Path tmp) throws IOException {
        Path list = tmp.resolve("crates.txt");
        Files.writeString(list, """
                # the crates of the study
                serde
                  libc@0.2.150   # pinned

                bad name
                zlib@latest
                cc
                """);
        CrateList.Parsed parsed = CrateList.read(list);
        assertEquals(List.of(new CrateRequest("serde", null), new CrateRequest("libc", "0.2.150"),
                new CrateRequest("cc", null)), parsed.requests());
        assertEquals(List.of(
                new Problem(Problem.Stage.FETCH, list.toString(), 5, "line skipped: not a crate name: 'bad name'"),
                new Problem(Problem.Stage.FETCH, list.toString(), 6, "line skipped: not a version: 'latest' (of zlib)")),
                parsed.problems());
    }

    @Test
    void requestsAndIndexLocationsParseOrSayWhy() {
        assertEquals("foo@1.0.0-rc.1", CrateRequest.parse(" foo@1.0.0-rc.1 ").toString());
        assertThrows(IllegalArgumentException.class, () -> CrateRequest.parse("foo@"));
        assertThrows(IllegalArgumentException.class, () -> CrateRequest.parse("../x"));

        IndexLocation.Sparse s = assertInstanceOf(IndexLocation.Sparse.class,
                IndexLocation.parse("sparse+http://127.0.0.1:8080/index"));
        assertEquals("http://127.0.0.1:8080/index/", s.base().toString(), "a trailing slash is added");
        assertEquals("127.0.0.1_8080_index", s.copyName());
        assertEquals("index.crates.io", ((IndexLocation.Sparse) IndexLocation.CRATES_IO).copyName());
        assertEquals(new IndexLocation.Local(Path.of("/srv/index")), IndexLocation.parse("/srv/index"));
        assertEquals(new IndexLocation.Local(Path.of("/srv/index")), IndexLocation.parse("file:///srv/index"));
        IllegalArgumentException git = assertThrows(IllegalArgumentException.class,
                () -> IndexLocation.parse("https://github.com/rust-lang/crates.io-index"));
        assertEquals("'https://github.com/rust-lang/crates.io-index' is a git index URL: use the sparse protocol "
                + "(sparse+https://…) or a local clone of the index (a folder)", git.getMessage());
    }
}
