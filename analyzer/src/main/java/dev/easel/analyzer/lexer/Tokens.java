package dev.easel.analyzer.lexer;

import java.nio.charset.StandardCharsets;

/**
 * The tokens of one Rust file, stored column-wise in int arrays (no object per token) over the file's bytes.
 * Every open delimiter knows its closing partner and vice versa ({@link #partner}), so callers jump over whole
 * groups in one step.
 */
public final class Tokens {
    public static final int IDENT = 1;
    /** {@code r#name}: never a keyword. */
    public static final int RAW_IDENT = 2;
    public static final int LIFETIME = 3;
    public static final int STRING = 4;
    public static final int CHAR = 5;
    public static final int NUMBER = 6;
    public static final int PUNCT = 7;
    public static final int OPEN = 8;
    public static final int CLOSE = 9;

    final byte[] src;
    int size;
    int[] kind;
    int[] start;
    int[] end;
    int[] line;
    /** IDENT: keyword id ({@link Keywords}); PUNCT: operator id ({@link Op}); OPEN/CLOSE: the delimiter char. */
    int[] code;
    /** OPEN: index of its CLOSE; CLOSE: index of its OPEN; -1 when unmatched. */
    int[] partner;

    Tokens(byte[] src, int capacity) {
        this.src = src;
        int c = Math.max(16, capacity);
        kind = new int[c];
        start = new int[c];
        end = new int[c];
        line = new int[c];
        code = new int[c];
        partner = new int[c];
    }

    void add(int k, int s, int e, int ln, int cd) {
        if (size == kind.length) {
            int c = size * 2;
            kind = java.util.Arrays.copyOf(kind, c);
            start = java.util.Arrays.copyOf(start, c);
            end = java.util.Arrays.copyOf(end, c);
            line = java.util.Arrays.copyOf(line, c);
            code = java.util.Arrays.copyOf(code, c);
            partner = java.util.Arrays.copyOf(partner, c);
        }
        kind[size] = k;
        start[size] = s;
        end[size] = e;
        line[size] = ln;
        code[size] = cd;
        partner[size] = -1;
        size++;
    }

    public int size() {
        return size;
    }

    public int kind(int i) {
        return kind[i];
    }

    public int line(int i) {
        return line[i];
    }

    public int code(int i) {
        return code[i];
    }

    public int partner(int i) {
        return partner[i];
    }

    public String text(int i) {
        return new String(src, start[i], end[i] - start[i], StandardCharsets.UTF_8);
    }

    /** A keyword token (never a raw identifier). */
    public boolean isKw(int i, int keyword) {
        return i < size && kind[i] == IDENT && code[i] == keyword;
    }

    public boolean isOp(int i, int op) {
        return i < size && kind[i] == PUNCT && code[i] == op;
    }

    /** A single-character punctuation token such as {@code (} is not; {@code !}, {@code ;} are. */
    public boolean isPunct(int i, char c) {
        return i < size && kind[i] == PUNCT && code[i] == c;
    }

    /** The path separator {@code ::}. */
    public boolean isPathSep(int i) {
        return i < size && kind[i] == PUNCT && code[i] == Op.PATH;
    }

    public boolean isOpen(int i, char delim) {
        return i < size && kind[i] == OPEN && code[i] == delim;
    }

    public boolean isIdentLike(int i) {
        return i < size && (kind[i] == IDENT || kind[i] == RAW_IDENT);
    }

    /** Identifier text without the {@code r#} prefix. */
    public String identName(int i) {
        int s = kind[i] == RAW_IDENT ? start[i] + 2 : start[i];
        return new String(src, s, end[i] - s, StandardCharsets.UTF_8);
    }

    /** The value of a string literal token, with simple escapes resolved; prefixes and raw hashes removed. */
    public String stringValue(int i) {
        int s = start[i];
        int e = end[i];
        while (s < e && src[s] != '"') {
            s++;
        }
        s++;
        while (e > s && src[e - 1] == '#') {
            e--;
        }
        e--;
        if (e < s) {
            return "";
        }
        String raw = new String(src, s, e - s, StandardCharsets.UTF_8);
        return raw.indexOf('\\') < 0 ? raw : raw.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
