package dev.easel.analyzer.ir;

/** {@code @symbol = linkage alias ty, ptr @aliasee}. */
public record IrAlias(String symbol, String linkage, String visibility, String aliasee) {

    public boolean externallyVisible() {
        return !("internal".equals(linkage) || "private".equals(linkage)) && !"hidden".equals(visibility);
    }
}
