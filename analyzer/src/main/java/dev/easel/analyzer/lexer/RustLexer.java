package dev.easel.analyzer.lexer;

import dev.easel.analyzer.model.Problem;

import java.util.ArrayDeque;
import java.util.List;

/**
 * A lexer for Rust source that works on the file's raw bytes: every character that matters to Rust's syntax is
 * ASCII, so the bytes need no decoding; non-ASCII bytes can only sit inside identifiers, literals and comments.
 * Comments (nested block comments, doc comments) and whitespace produce no tokens. Literals are single tokens,
 * so {@code unsafe} inside strings, raw strings, byte and C strings, chars and comments is never seen as code.
 * Lexing never fails: unterminated literals and comments, unmatched delimiters and invalid UTF-8 are reported as
 * {@link Problem}s with file and line, and lexing goes on.
 */
public final class RustLexer {
    private static final int MAX_PROBLEMS_PER_FILE = 5;

    private final byte[] s;
    private final int n;
    private final String file;
    private final List<Problem> problems;
    private int reported;
    private int pos;
    private int line = 1;
    private Tokens out;

    private RustLexer(byte[] src, int length, String file, List<Problem> problems) {
        this.s = src;
        this.n = length;
        this.file = file;
        this.problems = problems;
    }

    /**
     * Lexes {@code src[0..length)}.
     *
     * @param file     the file name used in problems
     * @param problems receives problems (unterminated literal or comment, unmatched delimiter, invalid UTF-8)
     */
    public static Tokens lex(byte[] src, int length, String file, List<Problem> problems) {
        RustLexer lx = new RustLexer(src, length, file, problems);
        lx.checkUtf8();
        return lx.run();
    }

    private void problem(int ln, String message) {
        if (reported++ < MAX_PROBLEMS_PER_FILE) {
            problems.add(new Problem(Problem.Stage.SOURCE, file, ln, message));
        }
    }

    /** Reports the first invalid UTF-8 sequence (rustc rejects such files; geiger fails on them). */
    private void checkUtf8() {
        int ln = 1;
        int i = 0;
        while (i < n) {
            int b = s[i];
            if (b >= 0) {
                if (b == '\n') {
                    ln++;
                }
                i++;
                continue;
            }
            b &= 0xff;
            int len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? (b <= 0xef ? 3 : 0) : b >= 0xc2 ? 2 : 0;
            boolean ok = len > 0 && i + len <= n;
            for (int k = 1; ok && k < len; k++) {
                ok = (s[i + k] & 0xc0) == 0x80;
            }
            if (!ok) {
                problem(ln, "invalid UTF-8 (byte 0x" + Integer.toHexString(b) + "); lexed as raw bytes");
                return;
            }
            i += len;
        }
    }

    private Tokens run() {
        out = new Tokens(s, n / 5 + 16);
        ArrayDeque<Integer> open = new ArrayDeque<>();
        if (n >= 3 && (s[0] & 0xff) == 0xef && (s[1] & 0xff) == 0xbb && (s[2] & 0xff) == 0xbf) {
            pos = 3;
        }
        skipShebang();
        while (true) {
            skipTrivia();
            if (pos >= n) {
                break;
            }
            int c = s[pos];
            int st = pos;
            if (c == '(' || c == '[' || c == '{') {
                open.push(out.size);
                out.add(Tokens.OPEN, st, ++pos, line, c);
            } else if (c == ')' || c == ']' || c == '}') {
                pos++;
                char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                if (!open.isEmpty() && out.code[open.peek()] == want) {
                    int o = open.pop();
                    out.add(Tokens.CLOSE, st, pos, line, c);
                    out.partner[o] = out.size - 1;
                    out.partner[out.size - 1] = o;
                } else if (!open.isEmpty() && hasOpen(open, want)) {
                    // a missing closer: close the inner groups at this point so the outer one still matches
                    while (out.code[open.peek()] != want) {
                        int o = open.pop();
                        problem(out.line[o], "unclosed '" + (char) out.code[o] + "'");
                    }
                    int o = open.pop();
                    out.add(Tokens.CLOSE, st, pos, line, c);
                    out.partner[o] = out.size - 1;
                    out.partner[out.size - 1] = o;
                } else {
                    problem(line, "unmatched '" + (char) c + "' ignored");
                }
            } else if (c == '"') {
                quoted(st, 1);
            } else if (c == '\'') {
                quote(st);
            } else if (c >= '0' && c <= '9') {
                number(st);
            } else if (isIdentStart(c)) {
                identOrPrefixed(st);
            } else {
                punct(st, c);
            }
        }
        while (!open.isEmpty()) {
            int o = open.pop();
            problem(out.line[o], "unclosed '" + (char) out.code[o] + "' at end of file");
        }
        return out;
    }

    private boolean hasOpen(ArrayDeque<Integer> open, char want) {
        for (int o : open) {
            if (out.code[o] == want) {
                return true;
            }
        }
        return false;
    }

    private void skipShebang() {
        if (pos + 1 < n && s[pos] == '#' && s[pos + 1] == '!') {
            int k = pos + 2;
            while (k < n && (s[k] == ' ' || s[k] == '\t')) {
                k++;
            }
            if (k < n && s[k] == '[') {
                return; // an inner attribute #![...], not a shebang
            }
            while (pos < n && s[pos] != '\n') {
                pos++;
            }
        }
    }

    private void skipTrivia() {
        while (pos < n) {
            int c = s[pos];
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b) {
                pos++;
            } else if (c == '/' && pos + 1 < n && s[pos + 1] == '/') {
                while (pos < n && s[pos] != '\n') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < n && s[pos + 1] == '*') {
                blockComment();
            } else {
                return;
            }
        }
    }

    private void blockComment() {
        int startLine = line;
        int depth = 0;
        while (pos < n) {
            int c = s[pos];
            if (c == '/' && pos + 1 < n && s[pos + 1] == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && pos + 1 < n && s[pos + 1] == '/') {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                if (c == '\n') {
                    line++;
                }
                pos++;
            }
        }
        problem(startLine, "unterminated block comment");
    }

    private static boolean isIdentStart(int c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c < 0;
    }

    private static boolean isIdentContinue(int c) {
        return isIdentStart(c) || (c >= '0' && c <= '9');
    }

    /** Identifiers, raw identifiers and the prefixed literals: r"", r#""#, b"", b'', br"", c"", cr#""#. */
    private void identOrPrefixed(int st) {
        int c = s[pos];
        int next = pos + 1 < n ? s[pos + 1] : -1;
        if (c == 'r' && next == '#' && pos + 2 < n && isIdentStart(s[pos + 2])) {
            pos += 2;
            while (pos < n && isIdentContinue(s[pos])) {
                pos++;
            }
            out.add(Tokens.RAW_IDENT, st, pos, line, Keywords.NONE);
            return;
        }
        if ((c == 'r' && (next == '"' || next == '#')) && rawString(st, 1)) {
            return;
        }
        if (c == 'b' || c == 'c') {
            if (next == '"') {
                quoted(st, 2);
                return;
            }
            if (c == 'b' && next == '\'') {
                pos++;
                charLiteral(st);
                return;
            }
            if (next == 'r' && pos + 2 < n && (s[pos + 2] == '"' || s[pos + 2] == '#') && rawString(st, 2)) {
                return;
            }
        }
        while (pos < n && isIdentContinue(s[pos])) {
            pos++;
        }
        int kw = Keywords.lookup(s, st, pos, Keywords.hash(s, st, pos));
        out.add(Tokens.IDENT, st, pos, line, kw);
    }

    /** A raw string starting at st whose {@code r} sits {@code prefix - 1} bytes after st; false if not one. */
    private boolean rawString(int st, int prefix) {
        int k = st + prefix;
        int hashes = 0;
        while (k < n && s[k] == '#') {
            hashes++;
            k++;
        }
        if (k >= n || s[k] != '"') {
            return false;
        }
        int startLine = line;
        k++;
        while (k < n) {
            int c = s[k];
            if (c == '\n') {
                line++;
            } else if (c == '"') {
                int h = 0;
                while (h < hashes && k + 1 + h < n && s[k + 1 + h] == '#') {
                    h++;
                }
                if (h == hashes) {
                    pos = k + 1 + hashes;
                    out.add(Tokens.STRING, st, pos, startLine, 0);
                    return true;
                }
            }
            k++;
        }
        pos = n;
        problem(startLine, "unterminated raw string");
        out.add(Tokens.STRING, st, pos, startLine, 0);
        return true;
    }

    /** A quoted string whose opening quote is {@code prefix - 1} bytes after st. */
    private void quoted(int st, int prefix) {
        int startLine = line;
        int k = st + prefix;
        while (k < n) {
            int c = s[k];
            if (c == '"') {
                pos = k + 1;
                suffix();
                out.add(Tokens.STRING, st, pos, startLine, 0);
                return;
            }
            if (c == '\\') {
                k++;
                if (k < n && s[k] == '\n') {
                    line++;
                }
            } else if (c == '\n') {
                line++;
            }
            k++;
        }
        pos = n;
        problem(startLine, "unterminated string literal");
        out.add(Tokens.STRING, st, pos, startLine, 0);
    }

    /** A literal suffix such as {@code u8} in {@code b'a'u8} or {@code "x"suffix}. */
    private void suffix() {
        if (pos < n && isIdentStart(s[pos])) {
            while (pos < n && isIdentContinue(s[pos])) {
                pos++;
            }
        }
    }

    /** {@code '}: a char literal ({@code 'a'}, {@code '\''}, {@code '\\u{1F600}'}, {@code 'é'}) or a lifetime/label. */
    private void quote(int st) {
        int k = pos + 1;
        if (k < n && s[k] == '\\') {
            charLiteral(st);
            return;
        }
        if (k < n && s[k] != '\'' && s[k] != '\n') {
            int len = utf8Len(s[k]);
            if (k + len < n && s[k + len] == '\'') {
                charLiteral(st);
                return;
            }
            if (isIdentStart(s[k])) {
                pos = k;
                if (s[k] == 'r' && k + 2 < n && s[k + 1] == '#' && isIdentStart(s[k + 2])) {
                    pos += 2; // raw lifetime 'r#a
                }
                while (pos < n && isIdentContinue(s[pos])) {
                    pos++;
                }
                out.add(Tokens.LIFETIME, st, pos, line, 0);
                return;
            }
        }
        charLiteral(st);
    }

    private static int utf8Len(int b) {
        b &= 0xff;
        return b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    }

    /** A char or byte literal; {@code pos} is at its opening quote. Ends at the next unescaped quote on the line. */
    private void charLiteral(int st) {
        int k = pos + 1;
        while (k < n && s[k] != '\n') {
            if (s[k] == '\\') {
                k += 2;
                continue;
            }
            if (s[k] == '\'') {
                pos = k + 1;
                suffix();
                out.add(Tokens.CHAR, st, pos, line, 0);
                return;
            }
            k++;
        }
        problem(line, "unterminated character literal");
        pos = Math.min(n, Math.max(pos + 1, Math.min(k, pos + 2)));
        out.add(Tokens.CHAR, st, pos, line, 0);
    }

    /** Integer and float literals with suffixes: 0x1F_u8, 1_000i64, 1.5e-3f32, 1e10; not the {@code 1.} of {@code 1..2}. */
    private void number(int st) {
        boolean radix = s[pos] == '0' && pos + 1 < n && (s[pos + 1] == 'x' || s[pos + 1] == 'o' || s[pos + 1] == 'b');
        boolean afterDot = out.size > 0 && out.kind[out.size - 1] == Tokens.PUNCT && out.code[out.size - 1] == '.';
        pos++;
        while (pos < n) {
            int c = s[pos];
            if ((c >= '0' && c <= '9') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                if (!radix && (c == 'e' || c == 'E') && pos + 2 < n && (s[pos + 1] == '+' || s[pos + 1] == '-')
                        && s[pos + 2] >= '0' && s[pos + 2] <= '9') {
                    pos += 2;
                }
                pos++;
            } else if (c == '.' && !radix && !afterDot && pos + 1 < n && s[pos + 1] != '.'
                    && !isIdentStart(s[pos + 1])) {
                pos++; // 1.5 or 1. (a float); tuple indexes x.0.1 stay two tokens
                afterDot = true;
            } else {
                break;
            }
        }
        out.add(Tokens.NUMBER, st, pos, line, 0);
    }

    private void punct(int st, int c) {
        int c1 = pos + 1 < n ? s[pos + 1] : -1;
        int c2 = pos + 2 < n ? s[pos + 2] : -1;
        int op = c;
        int len = 1;
        switch (c) {
            case ':':
                if (c1 == ':') { op = Op.PATH; len = 2; }
                break;
            case '-':
                if (c1 == '>') { op = Op.ARROW; len = 2; } else if (c1 == '=') { op = Op.MINUS_EQ; len = 2; }
                break;
            case '=':
                if (c1 == '>') { op = Op.FAT_ARROW; len = 2; } else if (c1 == '=') { op = Op.EQ_EQ; len = 2; }
                break;
            case '.':
                if (c1 == '.') {
                    if (c2 == '.') { op = Op.DOT3; len = 3; } else if (c2 == '=') { op = Op.DOT2_EQ; len = 3; } else { op = Op.DOT2; len = 2; }
                }
                break;
            case '&':
                if (c1 == '&') { op = Op.AND_AND; len = 2; } else if (c1 == '=') { op = Op.AND_EQ; len = 2; }
                break;
            case '|':
                if (c1 == '|') { op = Op.OR_OR; len = 2; } else if (c1 == '=') { op = Op.OR_EQ; len = 2; }
                break;
            case '!':
                if (c1 == '=') { op = Op.NE; len = 2; }
                break;
            case '<':
                if (c1 == '<') {
                    if (c2 == '=') { op = Op.SHL_EQ; len = 3; } else { op = Op.SHL; len = 2; }
                } else if (c1 == '=') { op = Op.LE; len = 2; }
                break;
            case '>':
                if (c1 == '>') {
                    if (c2 == '=') { op = Op.SHR_EQ; len = 3; } else { op = Op.SHR; len = 2; }
                } else if (c1 == '=') { op = Op.GE; len = 2; }
                break;
            case '+':
                if (c1 == '=') { op = Op.PLUS_EQ; len = 2; }
                break;
            case '*':
                if (c1 == '=') { op = Op.STAR_EQ; len = 2; }
                break;
            case '/':
                if (c1 == '=') { op = Op.SLASH_EQ; len = 2; }
                break;
            case '%':
                if (c1 == '=') { op = Op.PERCENT_EQ; len = 2; }
                break;
            case '^':
                if (c1 == '=') { op = Op.CARET_EQ; len = 2; }
                break;
            default:
                break;
        }
        pos += len;
        out.add(Tokens.PUNCT, st, pos, line, op);
    }
}
