package dev.easel.graph.schema;

import java.util.ArrayList;
import java.util.List;

import static dev.easel.graph.schema.Property.flag;
import static dev.easel.graph.schema.Property.number;
import static dev.easel.graph.schema.Property.string;
import static dev.easel.graph.schema.Property.strings;

/**
 * easel's graph, declared once: every label with its key and properties, every relationship type with its ends and
 * properties, the indexes. The online rows are checked against it, the CSV headers, the constraints and the model
 * table of docs/ARCHITECTURE.md ({@link SchemaDoc}) come from it. Names follow Painter's where Painter has them, so
 * its queries keep working.
 */
public final class GraphSchema {

    private GraphSchema() {
    }

    public static final NodeType CRATE = new NodeType("Crate", string("name"), "", List.of(
            string("repository", "index import"), string("created_at", "index import"),
            number("downloads", "index import: all time"),
            number("recent_downloads", "index import: summed over a window of the version-downloads archive")));

    public static final NodeType VERSION = new NodeType("Version", string("id"), "`name@version`", List.of(
            string("name"), string("version"), number("major"), number("minor"), number("patch"), string("pre"),
            string("links"), string("edition"), string("license"), string("repository"), flag("build_script"),
            flag("proc_macro"), string("source_checksum"),
            number("unsafe_total", "Painter's unsafe counters"), number("unsafe_functions"),
            number("safe_functions"), number("unsafe_exprs"), number("safe_exprs"), number("unsafe_impls"),
            number("safe_impls"), number("unsafe_traits"), number("safe_traits"), number("unsafe_methods"),
            number("safe_methods"),
            string("unsafe_rules", "`geiger`/`count-unsafe`: which code the counters count (docs/unsafe-counting.md)"),
            number("unsafe_blocks", "easel's further counters"), number("extern_blocks", "active on `target`"),
            number("foreign_items", "active on `target`"), number("static_muts"), number("unsafe_attributes"),
            number("macro_unsafe"),
            number("native_files", "native census"), number("native_lines"), number("c_lines"), number("cpp_lines"),
            number("asm_lines"), strings("native_mechanisms", ""),
            string("homepage"), string("vcs_commit", "`.cargo_vcs_info.json`'s `git.sha1`"),
            string("vcs_path", "`path_in_vcs`"), flag("vcs_dirty"), flag("has_cargo_toml_orig"),
            strings("build_script_effects", "docs/build-scripts.md"), strings("build_script_inferred", ""),
            strings("build_script_observed", "seen in a traced build"),
            string("provenance_status", "easel provenance verify"), string("provenance_checked_at"),
            flag("analysed", "true on a crate of a run that built it; false on a version known only as a resolved "
                    + "dependency"),
            string("analysis", "what easel read of it: `build` (a crate of a run that built it), `source` (a crate "
                    + "of a --source-only run), `dependency-source` (a built crate's dependency: its sources scanned, "
                    + "not built); absent on a version known only by name"),
            string("build_status", "`ok`/`failed`/`timed_out`/`skipped`"), string("failure", "failure class"),
            string("failed_dependency", "for `dependency_failed`: the dependency whose build failed, `name@version`"),
            string("dependency_failure", "for `dependency_failed`: that dependency's failure class"),
            strings("missing_libraries", ""), string("rustc"),
            string("target", "the target triple `extern_blocks`, `foreign_items` and `LINKS` hold for"),
            string("ffi_basis", "`compiled` (the files the build compiled), `source` (inferred from source for the "
                    + "target) or `unevaluated`"),
            number("std_calls", "call graph"), string("graph_detail"), number("graph_nodes_before"),
            number("graph_edges_before"), number("graph_nodes_after"), number("graph_edges_after"),
            string("load_state", "`loading`/`complete`/`failed`/`rolled_back`"), string("load_error"),
            flag("yanked", "index import"), string("created_at", "index import"), number("crate_size", "index import"),
            string("checksum", "index import"), string("rust_version", "index import"),
            number("downloads", "index import: all time"),
            number("recent_downloads", "index import: over a window of the version-downloads archive"),
            // last: the CSV export fills this column in a second pass (LatestColumn)
            flag("latest", "the crate's highest non-yanked version")));

    public static final NodeType FUNCTION = new NodeType("Function", string("id"),
            "Rust function: `<version id>#<demangled path>`; else `<version id>/<symbol or mir:path>`; "
                    + "a collapsed generic `<version id>/mono:<crate>/<name>`", List.of(
            string("name"),
            string("name_key", "`name` when at most 1024 characters, else its first 900, `…#` and the SHA-256 of "
                    + "the whole (indexed; a range index takes no longer value)"),
            string("crate", "package name"), string("version"),
            string("owner", "id of the defining Version; absent on a stub of another crate's function"),
            string("instantiated_in"), string("file"), number("line"), string("linkage"), flag("unsafe"),
            flag("exported"), string("provenance", "`IR`/`MIR`/`BOTH`"), number("copies"), number("std_calls"),
            number("intrinsic_calls"), number("indirect_calls"), number("foreign_calls"), flag("reaches_ffi"),
            flag("reaches_unsafe"), flag("recursive")));

    public static final NodeType FOREIGN_FUNCTION = new NodeType("ForeignFunction", string("name"),
            "the symbol; past 1024 characters its first 900, `…#` and the SHA-256 of the whole", List.of(
            string("full_name", "the whole symbol, only when `name` had to be shortened")));

    public static final NodeType NATIVE_LIBRARY = new NodeType("NativeLibrary", string("name"), "", List.of());

    public static final NodeType OWNER = new NodeType("Owner", string("id"), "`kind:login`", List.of(
            string("kind", "`user`/`team`"), string("login", "GitHub login, or `github:org:team`"), string("name")));

    public static final NodeType REPOSITORY = new NodeType("Repository", string("url"), "as the manifest names it",
            List.of());

    public static final RelationshipType VERSION_OF = new RelationshipType("VERSION_OF", VERSION, CRATE, false, "",
            List.of());
    public static final RelationshipType DEPENDS_ON = new RelationshipType("DEPENDS_ON", VERSION, CRATE, true, "",
            List.of(string("requirement"), string("kind", "`normal`/`build`/`dev`"), flag("optional"),
                    strings("features", "absent when none"), string("target"), flag("default_features"),
                    string("rename")));
    public static final RelationshipType RESOLVED_TO = new RelationshipType("RESOLVED_TO", VERSION, VERSION, true,
            "the exact version a build used", List.of(string("kind")));
    public static final RelationshipType INVOKES = new RelationshipType("INVOKES", VERSION, CRATE, true,
            "calls into another crate, summed", List.of(number("calls")));
    public static final RelationshipType DEFINES = new RelationshipType("DEFINES", VERSION, FUNCTION, true, "",
            List.of());
    public static final RelationshipType CALLS = new RelationshipType("CALLS", FUNCTION, FUNCTION, true, "",
            List.of(string("kind", "`direct`/`invoke`"), number("count"), string("provenance", "`IR`/`MIR`/`BOTH`")));
    public static final RelationshipType CALLS_FOREIGN = new RelationshipType("CALLS_FOREIGN", FUNCTION,
            FOREIGN_FUNCTION, true, "", List.of(number("count")));
    public static final RelationshipType PROVIDED_BY = new RelationshipType("PROVIDED_BY", FOREIGN_FUNCTION,
            NATIVE_LIBRARY, false, "", List.of());
    public static final RelationshipType LINKS = new RelationshipType("LINKS", VERSION, NATIVE_LIBRARY, true,
            "as linked when building for `target`",
            List.of(string("kind"), string("via", "`build-script` (rustc-link-lib), `l-flag` (`-l` of rustc-flags), "
                            + "`link-attribute` (an active `#[link]`)"),
                    string("target", "target triple"),
                    flag("inferred", "true when read from source without a build (a link attribute)")));
    public static final RelationshipType EXPORTS = new RelationshipType("EXPORTS", VERSION, FOREIGN_FUNCTION, true,
            "C-ABI symbols the crate defines", List.of());

    public static final NodeType ADVISORY = new NodeType("Advisory", string("id"), "`RUSTSEC-YYYY-NNNN`", List.of(
            string("package", "the crate, as published"), string("title"), string("date"),
            string("kind", "`vulnerability`, or the informational kind: `unsound`/`unmaintained`/`notice`"),
            string("informational"), string("withdrawn", "date; a withdrawn advisory affects and names nothing"),
            string("url"), string("cvss"), strings("aliases", ""), strings("related", ""), strings("categories", ""),
            strings("keywords", ""), strings("references", ""), strings("os", ""), strings("arch", ""),
            strings("patched", "Cargo requirements"), strings("unaffected", ""),
            strings("functions", "the paths of `[affected.functions]`"), string("file", "in the database")));

    /** Both written by easel advisories import; AdvisoryImport is the state of the last import. */
    public static final NodeType ADVISORY_IMPORT = new NodeType("AdvisoryImport", string("id"), "`rustsec`", List.of(
            string("state", "`importing`/`complete`"), string("source"), string("started_at"), string("finished_at"),
            number("advisories"), number("affects"), number("names"), number("unmatched"), number("reaches")));

    public static final RelationshipType OWNS = new RelationshipType("OWNS", OWNER, CRATE, false,
            "from the db-dump's crate_owners.csv; replaced by each import that carries owners", List.of());
    public static final RelationshipType MAY_SQUAT = new RelationshipType("MAY_SQUAT", CRATE, CRATE, false,
            "the suspect's name may squat the popular crate's (easel typosquat; all replaced on each run)",
            List.of(strings("checks", "the typosquatting checks that fired"), new Property("score", PropertyType.DOUBLE, "0 to 1")));

    public static final RelationshipType BUILT_FROM = new RelationshipType("BUILT_FROM", VERSION, REPOSITORY, false,
            "easel provenance verify; replaced by each check of the version", List.of(
            string("status", "`match`/`differs`/`commit-missing`/`no-vcs-info`/`no-repository`/"
                    + "`repository-unavailable`"),
            strings("differing", "the first 100 differing files"), string("checked_at"), string("commit"),
            string("path_in_vcs"), flag("dirty"), number("only_in_repository", "files the package left out")));

    public static final List<NodeType> NODES = List.of(CRATE, VERSION, FUNCTION, FOREIGN_FUNCTION, NATIVE_LIBRARY,
            OWNER, REPOSITORY, ADVISORY, ADVISORY_IMPORT);

    // easel advisories import writes these, and replaces them all on each import (docs/advisories.md)
    public static final RelationshipType CONCERNS = new RelationshipType("CONCERNS", ADVISORY, CRATE, false,
            "the advisory's crate", List.of());
    public static final RelationshipType AFFECTS = new RelationshipType("AFFECTS", ADVISORY, VERSION, false,
            "neither patched nor unaffected", List.of());
    public static final RelationshipType NAMES = new RelationshipType("NAMES", ADVISORY, FUNCTION, false,
            "a function `[affected.functions]` names, in an affected version", List.of(
            string("path", "as the advisory writes it"), string("requirement", "under which it is vulnerable"),
            string("rule", "how the path matched")));
    public static final RelationshipType REACHES = new RelationshipType("REACHES", VERSION, ADVISORY, false,
            "the version can call a function the advisory names, in a version it resolved to", List.of(
            number("length", "calls on the shortest path"), strings("path", "its function names"),
            strings("crates", "the crates it crosses"), string("function", "the named path it ends at"),
            strings("functions", "every named path reached"), string("via", "the affected version reached")));

    public static final List<RelationshipType> RELATIONSHIPS = List.of(VERSION_OF, DEPENDS_ON, RESOLVED_TO, INVOKES,
            DEFINES, CALLS, CALLS_FOREIGN, PROVIDED_BY, LINKS, EXPORTS, OWNS, MAY_SQUAT, BUILT_FROM, CONCERNS, AFFECTS,
            NAMES, REACHES);

    public static final List<Index> INDEXES = List.of(
            new Index("version_name_version", VERSION, List.of("name", "version"), "queries by crate and version"),
            new Index("version_latest", VERSION, List.of("latest"), "queries on the newest versions"),
            new Index("function_crate", FUNCTION, List.of("crate"), "queries by crate"),
            new Index("function_name_key", FUNCTION, List.of("name_key"),
                    "queries by function path (`name` itself may exceed a range index's limit)"),
            new Index("function_owner", FUNCTION, List.of("owner"), "re-analysis and rollback find a version's functions"),
            new Index("version_load_state", VERSION, List.of("load_state"), "recovery finds half-loaded versions"),
            new Index("crate_downloads", CRATE, List.of("downloads"),
                    "the typosquat corpus and top-crates-by-downloads rank crates by downloads"));

    /**
     * Indexes earlier easels created that must go: {@code function_name} was on {@code Function(name)}, and one name
     * over the range index's limit failed its whole version's load.
     */
    public static final List<String> DROPPED_INDEXES = List.of("function_name");

    /** Constraints, then indexes, then obsolete indexes dropped: each safe to run again. */
    public static List<String> statements() {
        List<String> out = new ArrayList<>();
        NODES.forEach(n -> out.add(n.constraint()));
        INDEXES.forEach(i -> out.add(i.create()));
        DROPPED_INDEXES.forEach(name -> out.add("DROP INDEX " + name + " IF EXISTS"));
        return out;
    }
}
