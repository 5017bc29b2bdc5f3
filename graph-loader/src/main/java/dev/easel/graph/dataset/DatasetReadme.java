package dev.easel.graph.dataset;

import dev.easel.graph.schema.GraphSchema;
import dev.easel.graph.schema.NodeType;
import dev.easel.graph.schema.Property;
import dev.easel.graph.schema.PropertyType;
import dev.easel.graph.schema.RelationshipType;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The README of a dataset, written from its manifest and the {@link GraphSchema} declaration (never by hand, so it
 * cannot drift from what the files hold): what the dataset is, each file with its rows, and per label and relationship
 * type its key, ends and properties with their JSON types and meanings.
 */
final class DatasetReadme {

    private DatasetReadme() {
    }

    static String markdown(DatasetManifest manifest) {
        Map<String, DatasetFile> byFile = manifest.files().stream()
                .collect(Collectors.toMap(DatasetFile::file, Function.identity()));
        StringBuilder md = new StringBuilder("# easel dataset\n\n");
        md.append("The graph of easel (\"Where's my C?\": unsafe code, FFI"
                + " crossings, native libraries and call graphs of Rust crates), exported by easel ")
                .append(manifest.easelVersion()).append(" on ").append(manifest.createdAt()).append(".\n\n");
        md.append("- corpus: ").append(manifest.corpus() == null ? "not stated" : manifest.corpus()).append('\n');
        md.append("- rustc: ").append(listOrNone(manifest.rustc())).append('\n');
        md.append("- unsafe counting rules (`unsafe_rules`): ").append(listOrNone(manifest.unsafeRules()))
                .append('\n');
        md.append("- dataset format version: ").append(manifest.formatVersion())
                .append(" (`manifest.json` lists every file with its rows and SHA-256)\n\n");
        md.append("Load it into an empty Neo4j database with `easel load --bulk DIR` (checksums are verified first),"
                + " or read the files directly: each is gzipped JSON lines, one JSON object per line in UTF-8. A node"
                + " line holds the node's properties, its key among them; a property the node lacks is left out. A"
                + " relationship line is `{\"" + DatasetLayout.FROM + "\": …, \"" + DatasetLayout.TO + "\": …, \""
                + DatasetLayout.PROPERTIES + "\": {…}}`, where `" + DatasetLayout.FROM + "` and `" + DatasetLayout.TO
                + "` are the keys of its start and end nodes.\n\n");
        md.append("## Files\n\n| file | holds | rows |\n| --- | --- | --- |\n");
        for (NodeType n : GraphSchema.NODES) {
            row(md, DatasetLayout.file(n), "`" + n.label() + "` nodes", byFile);
        }
        for (RelationshipType r : GraphSchema.RELATIONSHIPS) {
            row(md, DatasetLayout.file(r), "`(" + r.from().label() + ")-[:" + r.type() + "]->(" + r.to().label()
                    + ")` relationships", byFile);
        }
        md.append("\n## Nodes\n");
        for (NodeType n : GraphSchema.NODES) {
            md.append("\n### `").append(n.label()).append("` (").append(DatasetLayout.file(n)).append(")\n\n");
            md.append("Key: `").append(n.key().name()).append('`')
                    .append(n.keyDoc().isEmpty() ? "" : " = " + n.keyDoc()).append(" (unique).\n\n");
            properties(md, n.byName().values().stream().toList());
        }
        md.append("\n## Relationships\n");
        for (RelationshipType r : GraphSchema.RELATIONSHIPS) {
            md.append("\n### `(").append(r.from().label()).append(")-[:").append(r.type()).append("]->(")
                    .append(r.to().label()).append(")` (").append(DatasetLayout.file(r)).append(")\n\n");
            if (!r.doc().isEmpty()) {
                md.append(capitalised(r.doc())).append(". ");
            }
            md.append('`').append(DatasetLayout.FROM).append("` is the `").append(r.from().label()).append("`'s `")
                    .append(r.from().key().name()).append("`, `").append(DatasetLayout.TO).append("` the `")
                    .append(r.to().label()).append("`'s `").append(r.to().key().name()).append("`.\n\n");
            if (r.properties().isEmpty()) {
                md.append("No properties.\n");
            } else {
                properties(md, r.properties());
            }
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String file, String holds, Map<String, DatasetFile> byFile) {
        DatasetFile f = byFile.get(file);
        md.append("| `").append(file).append("` | ").append(holds).append(" | ")
                .append(f == null ? "not exported" : String.format("%,d", f.rows())).append(" |\n");
    }

    private static void properties(StringBuilder md, List<Property> properties) {
        md.append("| property | JSON type | meaning |\n| --- | --- | --- |\n");
        for (Property p : properties) {
            md.append("| `").append(p.name()).append("` | ").append(jsonType(p.type())).append(" | ")
                    .append(p.doc()).append(" |\n");
        }
    }

    static String jsonType(PropertyType type) {
        return switch (type) {
            case STRING -> "string";
            case LONG -> "integer";
            case DOUBLE -> "number";
            case BOOLEAN -> "boolean";
            case STRING_ARRAY -> "array of strings";
        };
    }

    private static String listOrNone(List<String> values) {
        return values.isEmpty() ? "none recorded" : values.stream().map(v -> "`" + v + "`")
                .collect(Collectors.joining(", "));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
