package dev.easel.analyzer.cfg;

import dev.easel.analyzer.lexer.Keywords;
import dev.easel.analyzer.lexer.RustLexer;
import dev.easel.analyzer.lexer.Tokens;
import dev.easel.analyzer.model.Problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads configuration predicates from a lexed file: the inside of {@code cfg(…)}, the first argument of
 * {@code cfg_attr(…)}, a {@code cfg_if!} branch's {@code #[cfg(…)]}. The grammar is the Reference's:
 * <pre>
 * predicate := option | all(list) | any(list) | not(predicate [,]) | true | false
 * option    := IDENT [= STRING]
 * list      := [predicate (, predicate)* [,]]
 * </pre>
 */
public final class CfgParser {

    /** A predicate and the index of the first token after it. */
    public record Parsed(CfgExpr expr, int end) {
    }

    private final Tokens t;

    private CfgParser(Tokens tokens) {
        this.t = tokens;
    }

    /** Parses the whole of {@code [from, to)} as one predicate; a trailing comma is allowed. */
    public static CfgExpr parse(Tokens tokens, int from, int to) throws CfgSyntaxException {
        Parsed p = parseAt(tokens, from, to);
        int end = p.end();
        if (end < to && tokens.isPunct(end, ',')) {
            end++;
        }
        if (end < to) {
            throw new CfgSyntaxException("unexpected `" + tokens.text(end) + "` after the predicate", tokens.line(end));
        }
        return p.expr();
    }

    /** Parses one predicate starting at {@code from}, stopping before {@code to}. */
    public static Parsed parseAt(Tokens tokens, int from, int to) throws CfgSyntaxException {
        return new CfgParser(tokens).predicate(from, to);
    }

    /** Parses predicate text such as {@code all(unix, not(target_os = "macos"))}. */
    public static CfgExpr parse(String text) throws CfgSyntaxException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<Problem> problems = new ArrayList<>();
        Tokens tokens = RustLexer.lex(bytes, bytes.length, "<cfg>", problems);
        if (!problems.isEmpty()) {
            throw new CfgSyntaxException(problems.get(0).message(), problems.get(0).line());
        }
        return parse(tokens, 0, tokens.size());
    }

    private Parsed predicate(int i, int to) throws CfgSyntaxException {
        if (i >= to) {
            throw new CfgSyntaxException("a configuration predicate is missing", i > 0 ? t.line(i - 1) : 0);
        }
        if (t.isKw(i, Keywords.TRUE) || t.isKw(i, Keywords.FALSE)) {
            return new Parsed(new CfgExpr.Literal(t.isKw(i, Keywords.TRUE)), i + 1);
        }
        if (!t.isIdentLike(i)) {
            throw new CfgSyntaxException("expected a configuration option, found `" + t.text(i) + "`", t.line(i));
        }
        String name = t.identName(i);
        if (t.isOpen(i + 1, '(') && t.kind(i) == Tokens.IDENT
                && (name.equals("all") || name.equals("any") || name.equals("not"))) {
            int close = t.partner(i + 1);
            if (close < 0 || close >= to) {
                throw new CfgSyntaxException("unclosed `" + name + "(`", t.line(i));
            }
            List<CfgExpr> parts = list(i + 2, close);
            CfgExpr e = switch (name) {
                case "all" -> new CfgExpr.All(parts);
                case "any" -> new CfgExpr.Any(parts);
                default -> {
                    if (parts.size() != 1) {
                        throw new CfgSyntaxException("`not` takes one predicate, found " + parts.size(), t.line(i));
                    }
                    yield new CfgExpr.Not(parts.get(0));
                }
            };
            return new Parsed(e, close + 1);
        }
        if (t.isPunct(i + 1, '=') && i + 2 < to) {
            if (t.kind(i + 2) != Tokens.STRING) {
                throw new CfgSyntaxException("`" + name + " =` must be followed by a string, found `"
                        + t.text(i + 2) + "`", t.line(i + 2));
            }
            return new Parsed(new CfgExpr.KeyValue(name, t.stringValue(i + 2)), i + 3);
        }
        return new Parsed(new CfgExpr.Name(name), i + 1);
    }

    private List<CfgExpr> list(int i, int to) throws CfgSyntaxException {
        List<CfgExpr> parts = new ArrayList<>();
        while (i < to) {
            Parsed p = predicate(i, to);
            parts.add(p.expr());
            i = p.end();
            if (i < to) {
                if (!t.isPunct(i, ',')) {
                    throw new CfgSyntaxException("expected `,` between predicates, found `" + t.text(i) + "`",
                            t.line(i));
                }
                i++;
            }
        }
        return parts;
    }
}
