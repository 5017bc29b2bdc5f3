package dev.easel.analyzer.model;

/** Cargo's dependency kinds; crates.io's db-dump numbers them 0, 1, 2 in this order. */
public enum DependencyKind {
    NORMAL, BUILD, DEV;

    public String cypherName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
