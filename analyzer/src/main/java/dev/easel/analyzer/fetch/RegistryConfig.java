package dev.easel.analyzer.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

/**
 * The index's {@code config.json}, of which fetching needs only {@code dl}, the download location ({@code api},
 * {@code auth-required} and any other key are not read). {@code dl} is expanded exactly as cargo does: the markers
 * {@code {crate}}, {@code {version}}, {@code {prefix}}, {@code {lowerprefix}} and {@code {sha256-checksum}} are
 * replaced; when none is present, {@code /{crate}/{version}/download} is appended as it stands.
 *
 * @param dl the download location as written
 */
record RegistryConfig(String dl) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MARKERS =
            List.of("{crate}", "{version}", "{prefix}", "{lowerprefix}", "{sha256-checksum}");
    private static final Set<String> SCHEMES = Set.of("http", "https", "file");

    /** Reads {@code config.json}; anything unusable is a FetchException naming {@code source}. */
    static RegistryConfig parse(byte[] content, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw malformed(source, e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw malformed(source, e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw malformed(source, "not a JSON object");
        }
        JsonNode dl = root.get("dl");
        if (dl == null || !dl.isTextual() || dl.asText().isBlank()) {
            throw malformed(source, "no 'dl' text (the download location)");
        }
        RegistryConfig config = new RegistryConfig(dl.asText());
        URI sample = config.sampleUrl();
        if (sample == null || sample.getScheme() == null || !SCHEMES.contains(sample.getScheme().toLowerCase())) {
            throw malformed(source, "'dl' is not an http, https or file URL: '" + config.dl + "'");
        }
        return config;
    }

    /** Where the archive of {@code entry} is downloaded from. */
    String downloadUrl(IndexEntry entry) {
        return downloadUrl(entry.name(), entry.version(), entry.cksum());
    }

    String downloadUrl(String name, String version, String cksum) {
        if (MARKERS.stream().noneMatch(dl::contains)) {
            return dl + "/" + name + "/" + version + "/download";
        }
        String prefix = IndexPaths.prefix(name);
        return dl.replace("{crate}", name)
                .replace("{version}", version)
                .replace("{prefix}", prefix)
                .replace("{lowerprefix}", IndexPaths.lowerPrefix(name))
                .replace("{sha256-checksum}", cksum);
    }

    /** A URL from a made-up crate, or null when {@code dl} cannot make one. */
    private URI sampleUrl() {
        try {
            return new URI(downloadUrl("sample", "1.0.0", "0".repeat(64)));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static FetchException malformed(String source, String why) {
        return new FetchException("malformed config.json at " + source + ": " + why.replace('\n', ' '));
    }
}
