package dev.easel.analyzer.lexer;

import java.util.List;

/**
 * An out-of-line module declaration {@code mod name;} found in a file.
 *
 * @param name          the module name
 * @param pathAttribute the {@code #[path = "…"]} value, or null
 * @param inlineParents names of the inline {@code mod x { }} blocks around the declaration, outermost first
 *                      ({@code name#path=dir} when the block carries {@code #[path]})
 * @param cfgTest       declared under {@code #[cfg(test)]}
 */
public record ModDecl(String name, String pathAttribute, List<String> inlineParents, boolean cfgTest) {
    public ModDecl {
        inlineParents = List.copyOf(inlineParents);
    }
}
