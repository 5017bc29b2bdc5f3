package dev.easel.queries;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultFormatterTest {

    private static final QueryResult RESULT = new QueryResult(List.of("library", "crates", "share", "via"), List.of(
            Arrays.asList("z", 12L, 33.5, List.of("libz-sys", "flate2")),
            Arrays.asList("ring_core", 3L, 100.0, List.of()),
            Arrays.asList("a,\"b\"", null, 0.25, null)));

    @Test
    void tableIsAlignedWithNumbersOnTheRight() {
        assertEquals(String.join("\n",
                "library    crates  share  via",
                "---------  ------  -----  ----------------",
                "z              12   33.5  libz-sys, flate2",
                "ring_core       3    100",
                "a,\"b\"" + " ".repeat(15) + "0.25",
                "(3 rows)", ""), ResultFormatter.format(RESULT, OutputFormat.TABLE));
        assertEquals("x\n-\n(0 rows)\n", ResultFormatter.table(new QueryResult(List.of("x"), List.of())));
    }

    @Test
    void csvQuotesWhatNeedsQuoting() {
        assertEquals("library,crates,share,via\r\n"
                        + "z,12,33.5,libz-sys; flate2\r\n"
                        + "ring_core,3,100,\r\n"
                        + "\"a,\"\"b\"\"\",,0.25,\r\n",
                ResultFormatter.format(RESULT, OutputFormat.CSV));
    }

    @Test
    void jsonKeepsTypes() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ResultFormatter.format(RESULT, OutputFormat.JSON));
        assertEquals(3, json.size());
        assertEquals(12, json.get(0).get("crates").asInt());
        assertTrue(json.get(0).get("crates").isIntegralNumber());
        assertEquals(33.5, json.get(0).get("share").asDouble());
        assertEquals("flate2", json.get(0).get("via").get(1).asText());
        assertTrue(json.get(2).get("crates").isNull());
        assertEquals("a,\"b\"", json.get(2).get("library").asText());
    }

    @Test
    void formatsAreNamedLikeTheOption() {
        assertEquals(OutputFormat.CSV, OutputFormat.parse("csv"));
        assertEquals(OutputFormat.TABLE, OutputFormat.parse(" Table "));
        QueryException e = assertThrows(QueryException.class, () -> OutputFormat.parse("xml"));
        assertEquals("unknown format 'xml' (known: table, csv, json)", e.getMessage());
    }
}
