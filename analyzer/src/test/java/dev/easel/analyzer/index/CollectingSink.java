package dev.easel.analyzer.index;

import dev.easel.analyzer.model.Problem;

import java.util.ArrayList;
import java.util.List;

/** Keeps every record, for tests on small inputs. */
public final class CollectingSink implements IndexSink {
    public final List<IndexCrate> crates = new ArrayList<>();
    public final List<IndexVersion> versions = new ArrayList<>();
    public final List<IndexDependency> dependencies = new ArrayList<>();
    public final List<IndexOwner> owners = new ArrayList<>();
    public final List<IndexCrateDownloads> crateDownloads = new ArrayList<>();
    public final List<Problem> problems = new ArrayList<>();

    @Override
    public void crate(IndexCrate c) {
        crates.add(c);
    }

    @Override
    public void version(IndexVersion v) {
        versions.add(v);
    }

    @Override
    public void dependency(IndexDependency d) {
        dependencies.add(d);
    }

    @Override
    public void owner(IndexOwner o) {
        owners.add(o);
    }

    @Override
    public void crateDownloads(IndexCrateDownloads d) {
        crateDownloads.add(d);
    }

    @Override
    public void problem(Problem p) {
        problems.add(p);
    }
}
