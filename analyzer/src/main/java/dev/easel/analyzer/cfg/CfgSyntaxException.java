package dev.easel.analyzer.cfg;

/** A configuration predicate that is not one: says what was expected and on which line. */
public final class CfgSyntaxException extends Exception {

    private final int line;

    public CfgSyntaxException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** The source line of the offending token, 0 when unknown. */
    public int line() {
        return line;
    }
}
