package dev.easel.analyzer.index;

import dev.easel.analyzer.model.Problem;

/**
 * Receives index records as a reader streams them. Order: a crate before its versions, owners and download count, a
 * version before its dependencies (for db-dumps: all crates, then all versions, then all dependencies; owners and
 * crate download counts after all crates). Methods default to ignoring, so a sink implements only what it needs.
 */
public interface IndexSink {

    default void crate(IndexCrate crate) {
    }

    default void version(IndexVersion version) {
    }

    default void dependency(IndexDependency dependency) {
    }

    default void owner(IndexOwner owner) {
    }

    default void crateDownloads(IndexCrateDownloads downloads) {
    }

    /** A bad row or file: skipped, reading goes on. */
    default void problem(Problem problem) {
    }

    /** Sends every record to both sinks, this one first. */
    default IndexSink and(IndexSink other) {
        IndexSink self = this;
        return new IndexSink() {
            @Override
            public void crate(IndexCrate c) {
                self.crate(c);
                other.crate(c);
            }

            @Override
            public void version(IndexVersion v) {
                self.version(v);
                other.version(v);
            }

            @Override
            public void dependency(IndexDependency d) {
                self.dependency(d);
                other.dependency(d);
            }

            @Override
            public void owner(IndexOwner o) {
                self.owner(o);
                other.owner(o);
            }

            @Override
            public void crateDownloads(IndexCrateDownloads d) {
                self.crateDownloads(d);
                other.crateDownloads(d);
            }

            @Override
            public void problem(Problem p) {
                self.problem(p);
                other.problem(p);
            }
        };
    }
}
