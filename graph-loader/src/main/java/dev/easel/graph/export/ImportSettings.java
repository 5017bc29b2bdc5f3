package dev.easel.graph.export;

import java.nio.file.Path;

/**
 * How {@code neo4j-admin database import full} runs over {@link ImportFiles}.
 *
 * @param database             the database imported into
 * @param overwrite            {@code --overwrite-destination}: replace a database that exists (false: the importer
 *                             refuses one that is not empty)
 * @param reportFile           where the importer lists what it skipped
 * @param skipDuplicateNodes   skip a node whose id came before (listed in the report) instead of failing
 * @param skipBadRelationships skip a relationship to a node that is not in the files (listed) instead of failing
 * @param threads              importer threads, 0 for its default (one per processor)
 * @param maxOffHeapMemory     {@code --max-off-heap-memory} (e.g. {@code 2G}), null for its default (90% of free RAM)
 */
public record ImportSettings(String database, boolean overwrite, Path reportFile, boolean skipDuplicateNodes,
                             boolean skipBadRelationships, int threads, String maxOffHeapMemory) {

    /**
     * The command a user runs on a server: the importer's own defaults for threads and memory. easel's writers never
     * write a duplicate node nor a relationship to a missing one (they drop and report such input rows); the skip
     * options only keep a slip from failing a long import: what they skip is listed in the report file.
     */
    public static ImportSettings forServer(String database, boolean overwrite, Path reportFile) {
        return new ImportSettings(database == null ? "neo4j" : database, overwrite, reportFile, true, true, 0, null);
    }

    /** An import run here into a staging folder's {@code neo4j} database. */
    public static ImportSettings inProcess(Path reportFile, int threads, String maxOffHeapMemory) {
        return new ImportSettings("neo4j", false, reportFile, true, true, threads, maxOffHeapMemory);
    }
}
