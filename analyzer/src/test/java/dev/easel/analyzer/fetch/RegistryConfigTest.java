package dev.easel.analyzer.fetch;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistryConfigTest {

    private static final String SUM = "ab".repeat(32);

    @Test
    void indexPathsFollowCargoForEveryNameLength() {
        assertEquals("1/a", IndexPaths.file("a"));
        assertEquals("2/io", IndexPaths.file("io"));
        assertEquals("3/s/syn", IndexPaths.file("syn"));
        assertEquals("se/rd/serde", IndexPaths.file("serde"));
        assertEquals("my/cr/mycrate", IndexPaths.file("MyCrate"), "file paths are lower case");
        assertEquals("My/Cr", IndexPaths.prefix("MyCrate"));
        assertEquals("my/cr", IndexPaths.lowerPrefix("MyCrate"));
        assertEquals("3/S", IndexPaths.prefix("Syn"));
    }

    @Test
    void dlWithoutMarkersGetsCrateVersionDownloadAppendedAsItStands() {
        assertEquals("https://crates.io/api/v1/crates/serde/1.0.0/download",
                config("https://crates.io/api/v1/crates").downloadUrl("serde", "1.0.0", SUM));
        // cargo appends without looking at a trailing slash
        assertEquals("http://h/dl//serde/1.0.0/download", config("http://h/dl/").downloadUrl("serde", "1.0.0", SUM));
    }

    @Test
    void everyMarkerIsReplacedAndNothingAppended() {
        RegistryConfig c = config("http://h/{prefix}/{lowerprefix}/{crate}/{crate}-{version}.crate?sum={sha256-checksum}");
        assertEquals("http://h/My/Cr/my/cr/MyCrate/MyCrate-0.1.0-beta.2.crate?sum=" + SUM,
                c.downloadUrl("MyCrate", "0.1.0-beta.2", SUM));
        assertEquals("http://h/3/s/3/s/syn/syn-2.0.0.crate?sum=" + SUM, c.downloadUrl("syn", "2.0.0", SUM));
        assertEquals("http://h/files/" + SUM, config("http://h/files/{sha256-checksum}").downloadUrl("x", "1.0.0", SUM),
                "one marker is enough to stop the append");
    }

    @Test
    void apiAuthRequiredAndUnknownKeysAreIgnored() {
        RegistryConfig c = RegistryConfig.parse(bytes("{\"dl\":\"http://h/d\",\"api\":\"http://h\",\"auth-required\":true,"
                + "\"future\":[1]}"), "config.json");
        assertEquals("http://h/d", c.dl());
    }

    @Test
    void malformedConfigIsOneLineNamingTheSource() {
        FetchException notJson = assertThrows(FetchException.class,
                () -> RegistryConfig.parse(bytes("{\"dl\": "), "http://r/index/config.json"));
        assertTrue(notJson.getMessage().startsWith("malformed config.json at http://r/index/config.json: "),
                notJson.getMessage());
        assertEquals(1, notJson.getMessage().lines().count());

        FetchException noDl = assertThrows(FetchException.class,
                () -> RegistryConfig.parse(bytes("{\"api\":\"http://h\"}"), "c.json"));
        assertEquals("malformed config.json at c.json: no 'dl' text (the download location)", noDl.getMessage());

        FetchException array = assertThrows(FetchException.class, () -> RegistryConfig.parse(bytes("[]"), "c.json"));
        assertEquals("malformed config.json at c.json: not a JSON object", array.getMessage());

        FetchException ftp = assertThrows(FetchException.class,
                () -> RegistryConfig.parse(bytes("{\"dl\":\"ftp://h/{crate}\"}"), "c.json"));
        assertEquals("malformed config.json at c.json: 'dl' is not an http, https or file URL: 'ftp://h/{crate}'",
                ftp.getMessage());
    }

    private static RegistryConfig config(String dl) {
        return RegistryConfig.parse(bytes("{\"dl\":\"" + dl + "\"}"), "config.json");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
