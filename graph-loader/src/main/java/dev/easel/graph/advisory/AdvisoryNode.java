package dev.easel.graph.advisory;

import dev.easel.analyzer.advisory.Advisory;
import dev.easel.analyzer.advisory.AffectedFunction;
import dev.easel.analyzer.advisory.VersionRequirement;
import dev.easel.graph.schema.GraphSchema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The properties of an {@code Advisory} node ({@link GraphSchema#ADVISORY}); an empty list is stored as no property. */
final class AdvisoryNode {

    private AdvisoryNode() {
    }

    /** A row {@code {id, props}} for {@link AdvisoryCypher#UPSERT_ADVISORIES}; props replace all earlier ones. */
    static Map<String, Object> row(Advisory a) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", a.id());
        p.put("package", a.packageName());
        p.put("title", a.title());
        p.put("date", a.date());
        p.put("kind", a.kind());
        p.put("informational", a.informational());
        p.put("withdrawn", a.withdrawn());
        p.put("url", a.url());
        p.put("cvss", a.cvss());
        p.put("aliases", orNull(a.aliases()));
        p.put("related", orNull(a.related()));
        p.put("categories", orNull(a.categories()));
        p.put("keywords", orNull(a.keywords()));
        p.put("references", orNull(a.references()));
        p.put("os", orNull(a.os()));
        p.put("arch", orNull(a.arch()));
        p.put("patched", orNull(a.patched().stream().map(VersionRequirement::text).toList()));
        p.put("unaffected", orNull(a.unaffected().stream().map(VersionRequirement::text).toList()));
        p.put("functions", orNull(a.functions().stream().map(AffectedFunction::path).toList()));
        p.put("file", a.file());
        p.values().removeIf(v -> v == null);
        GraphSchema.ADVISORY.requireDeclared(p.keySet());
        return Map.of("id", a.id(), "props", p);
    }

    private static List<String> orNull(List<String> list) {
        return list.isEmpty() ? null : list;
    }
}
