package dev.easel.queries;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryCatalogTest {

    private static final Pattern PARAM_USE = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

    @Test
    void indexListsExactlyTheQueryFiles() throws IOException, URISyntaxException {
        URL folder = getClass().getClassLoader().getResource(QueryCatalog.FOLDER);
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(folder.toURI()))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cypher"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> indexed = QueryCatalog.load().all().stream().map(q -> q.name() + ".cypher")
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, indexed, "index.txt must list every .cypher file of " + QueryCatalog.FOLDER);
        assertTrue(files.size() >= 19);
    }

    @Test
    void theAskedForQueriesExist() {
        QueryCatalog catalog = QueryCatalog.load();
        for (String name : List.of("summary", "top-foreign-functions", "unsafe-share", "top-unsafe-crates",
                "unsafe-distribution", "native-libraries-by-dependents", "where-is-my-c", "ffi-entry-points",
                "bundled-native-code", "sys-crates", "native-without-sys", "c-abi-exports", "build-outcomes",
                "build-failures", "missing-native-libraries", "library-dependents", "call-chains-to-c",
                "top-crates-by-dependents", "ffi-exposure")) {
            assertTrue(catalog.find(name).isPresent(), name);
        }
        QueryException e = assertThrows(QueryException.class, () -> catalog.get("no-such-query"));
        assertTrue(e.getMessage().contains("no query named 'no-such-query'") && e.getMessage().contains("summary"),
                e.getMessage());
    }

    @Test
    void everyQueryDeclaresWhatItUsesAndUsesWhatItDeclares() {
        // single-row (or fixed-row) queries need no $limit; every other query is a list and takes it
        Set<String> fixedShape = Set.of("summary", "unsafe-share", "unsafe-distribution", "ffi-exposure");
        for (QueryDefinition q : QueryCatalog.load().all()) {
            Set<String> used = new HashSet<>();
            Matcher m = PARAM_USE.matcher(stripComments(q.text()));
            while (m.find()) {
                used.add(m.group(1));
            }
            Set<String> declared = q.params().stream().map(QueryParameter::name).collect(Collectors.toSet());
            Set<String> expected = new HashSet<>(declared);
            if (!fixedShape.contains(q.name())) {
                expected.add("limit");
            }
            assertEquals(expected, used, q.name() + ": $parameters used vs declared (+ limit for list queries)");
            assertFalse(q.description().isBlank(), q.name());
            for (QueryParameter p : q.params()) {
                assertFalse(p.description().isBlank(), q.name() + " param " + p.name() + " needs a meaning");
            }
        }
    }

    @Test
    void everyMatchedNodeHasALabel() {
        // a node pattern without a label cannot use an index: "(x)" is fine only when x was bound with a label before
        Pattern unlabelledAnonymous = Pattern.compile("\\(\\s*\\)");
        for (QueryDefinition q : QueryCatalog.load().all()) {
            String body = stripComments(q.text());
            assertFalse(unlabelledAnonymous.matcher(body.replace("CALL ()", "CALL")).find(),
                    q.name() + " has an anonymous unlabelled node ()");
            assertFalse(body.matches("(?s).*\\*\\s*\\.\\..*") || body.matches("(?s).*\\*\\]->.*"),
                    q.name() + " has an unbounded variable-length path");
        }
    }

    @Test
    void headerIsParsed() {
        QueryDefinition q = QueryCatalog.load().get("where-is-my-c");
        assertEquals(List.of("library", "linked_by", "kind", "depth", "path", "target"), q.columns());
        assertEquals(2, q.params().size());
        QueryParameter crate = q.params().get(0);
        assertEquals("crate", crate.name());
        assertEquals(ParamType.STRING, crate.type());
        assertNull(crate.defaultValue());
        assertTrue(crate.required());
        QueryParameter version = q.params().get(1);
        assertEquals("", version.defaultValue());
        assertEquals("its version; empty means the latest", version.description());
        QueryParameter top = QueryCatalog.load().get("summary").param("top").orElseThrow();
        assertEquals(ParamType.INT, top.type());
        assertEquals("5", top.defaultValue());
    }

    @Test
    void malformedHeadersNameFileAndLine() {
        QueryException e = assertThrows(QueryException.class, () -> QueryHeaderParser.parse("x.cypher",
                "// name: x\n// description: d\n// param: n (float) = 1 — m\n// columns: a\nRETURN 1"));
        assertEquals("x.cypher:3: unknown parameter type 'float' (known: int, string, bool, list)", e.getMessage());
        e = assertThrows(QueryException.class, () -> QueryHeaderParser.parse("y.cypher",
                "// name: y\n// description: d\n// param: broken line\n// columns: a\nRETURN 1"));
        assertTrue(e.getMessage().startsWith("y.cypher:3: malformed parameter 'broken line'"), e.getMessage());
        e = assertThrows(QueryException.class, () -> QueryHeaderParser.parse("z.cypher",
                "// name: z\n// description: d\n// param: n (int) = many — m\n// columns: a\nRETURN 1"));
        assertEquals("z.cypher:3: default of 'n': expected an int, got 'many'", e.getMessage());
        e = assertThrows(QueryException.class, () -> QueryHeaderParser.parse("w.cypher",
                "// description: d\n// columns: a\nRETURN 1"));
        assertEquals("w.cypher: header has no '// name:' line", e.getMessage());
        e = assertThrows(QueryException.class, () -> QueryHeaderParser.parse("v.cypher",
                "// name: v\n// description: d\nRETURN 1\n// columns: a"));
        assertEquals("v.cypher: header has no '// columns:' line", e.getMessage());
    }

    private static String stripComments(String text) {
        return text.lines().filter(l -> !l.strip().startsWith("//")).collect(Collectors.joining("\n"));
    }
}
