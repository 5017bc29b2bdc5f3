package dev.easel.analyzer.model;

/** Which compiler output a fact came from. */
public enum Provenance {
    IR, MIR, BOTH;

    public Provenance merge(Provenance other) {
        return other == null || other == this ? this : BOTH;
    }
}
