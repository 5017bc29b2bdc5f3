package dev.easel.graph.schema;

import dev.easel.graph.db.Schema;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GraphSchemaTest {

    private static final Path ARCHITECTURE = Path.of("..", "docs", "ARCHITECTURE.md");

    /** The model tables in docs/ARCHITECTURE.md are SchemaDoc's text; on a mismatch the wanted text is in target/. */
    @Test
    void architectureDocumentShowsTheDeclaredSchema() throws IOException {
        String doc = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
        int begin = doc.indexOf(SchemaDoc.BEGIN);
        int end = doc.indexOf(SchemaDoc.END);
        assertTrue(begin >= 0 && end > begin, "markers missing in " + ARCHITECTURE);
        String documented = doc.substring(begin + SchemaDoc.BEGIN.length(), end).strip();
        String declared = SchemaDoc.markdown().strip();
        if (!declared.equals(documented)) {
            Files.writeString(Path.of("target", "graph-schema.md"), declared + "\n", StandardCharsets.UTF_8);
        }
        assertEquals(declared, documented, "docs/ARCHITECTURE.md drifted from GraphSchema: see target/graph-schema.md");
    }

    @Test
    void constraintsKeepTheirNamesAndEveryNodeHasOne() {
        assertEquals(List.of(
                "CREATE CONSTRAINT crate_name IF NOT EXISTS FOR (n:Crate) REQUIRE n.name IS UNIQUE",
                "CREATE CONSTRAINT version_id IF NOT EXISTS FOR (n:Version) REQUIRE n.id IS UNIQUE",
                "CREATE CONSTRAINT function_id IF NOT EXISTS FOR (n:Function) REQUIRE n.id IS UNIQUE",
                "CREATE CONSTRAINT foreign_function_name IF NOT EXISTS FOR (n:ForeignFunction) REQUIRE n.name IS UNIQUE",
                "CREATE CONSTRAINT native_library_name IF NOT EXISTS FOR (n:NativeLibrary) REQUIRE n.name IS UNIQUE",
                "CREATE CONSTRAINT owner_id IF NOT EXISTS FOR (n:Owner) REQUIRE n.id IS UNIQUE",
                "CREATE CONSTRAINT repository_url IF NOT EXISTS FOR (n:Repository) REQUIRE n.url IS UNIQUE",
                "CREATE CONSTRAINT advisory_id IF NOT EXISTS FOR (n:Advisory) REQUIRE n.id IS UNIQUE",
                "CREATE CONSTRAINT advisory_import_id IF NOT EXISTS FOR (n:AdvisoryImport) REQUIRE n.id IS UNIQUE"),
                Schema.STATEMENTS.subList(0, GraphSchema.NODES.size()));
        assertEquals(GraphSchema.NODES.size() + GraphSchema.INDEXES.size() + 1, Schema.STATEMENTS.size());
        assertEquals("DROP INDEX function_name IF EXISTS", Schema.STATEMENTS.get(Schema.STATEMENTS.size() - 1));
    }

    @Test
    void anUndeclaredPropertyIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GraphSchema.VERSION.requireDeclared(Set.of("name", "unsafe_totl")));
        assertEquals("Version declares no property 'unsafe_totl' (GraphSchema)", e.getMessage());
    }

    @Test
    void csvHeadersAreTyped() {
        assertEquals(List.of(":START_ID(Function)", ":END_ID(Function)", "kind", "count:long", "provenance"),
                GraphSchema.CALLS.csvHeaders());
        List<String> version = GraphSchema.VERSION.csvHeaders();
        assertEquals("id:ID(Version)", version.get(0));
        assertEquals("latest:boolean", version.get(version.size() - 1), "the CSV export fills the last column later");
    }
}
