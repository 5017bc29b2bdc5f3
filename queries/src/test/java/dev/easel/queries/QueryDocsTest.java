package dev.easel.queries;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/queries.md embeds the reference generated from the query headers. Regenerate it with
 * {@code mvn -pl queries -am test -Dtest=QueryDocsTest -Deasel.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class QueryDocsTest {

    private static final Path DOC = Path.of("..", "docs", "queries.md");

    @Test
    void docsMatchTheQueryHeaders() throws IOException {
        String generated = QueryDocs.markdown(QueryCatalog.load());
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(QueryDocs.BEGIN);
        int end = doc.indexOf(QueryDocs.END);
        assertTrue(begin >= 0 && end > begin, DOC + " must hold the generated section markers");
        String current = doc.substring(begin, end + QueryDocs.END.length() + 1);
        if (Boolean.getBoolean("easel.updateDocs")) {
            Files.writeString(DOC, doc.substring(0, begin) + generated + doc.substring(end + QueryDocs.END.length() + 1),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, current, DOC + " is out of date: regenerate it (see this test's javadoc)");
        for (QueryDefinition q : QueryCatalog.load().all()) {
            assertTrue(current.contains("### " + q.name() + "\n"), q.name());
        }
    }
}
