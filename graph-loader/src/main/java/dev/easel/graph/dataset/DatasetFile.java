package dev.easel.graph.dataset;

/**
 * One data file of a dataset, as its manifest lists it.
 *
 * @param file   its name in the dataset folder
 * @param kind   whether it holds nodes or relationships
 * @param name   the node label or relationship type
 * @param rows   its lines
 * @param sha256 the SHA-256 of the file as stored (compressed), hex
 */
public record DatasetFile(String file, Kind kind, String name, long rows, String sha256) {

    /** What a data file holds. */
    public enum Kind { NODES, RELATIONSHIPS }
}
