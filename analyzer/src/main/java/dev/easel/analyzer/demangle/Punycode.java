package dev.easel.analyzer.demangle;

/**
 * RFC 3492 Punycode decoding as v0 identifiers use it ({@code _} in place of {@code -}), limited like rustc-demangle
 * to 128 decoded characters: longer or malformed input yields null and the caller prints the raw form.
 */
final class Punycode {
    static final int MAX_CHARS = 128;
    private static final int BASE = 36;
    private static final int T_MIN = 1;
    private static final int T_MAX = 26;
    private static final int SKEW = 38;
    private static final int INITIAL_BIAS = 72;
    private static final int INITIAL_N = 0x80;

    private Punycode() {
    }

    /** Decodes the ascii part {@code s[asciiStart, asciiEnd)} plus the deltas {@code s[codeStart, codeEnd)}. */
    static String decode(CharSequence s, int asciiStart, int asciiEnd, int codeStart, int codeEnd) {
        int[] out = new int[MAX_CHARS];
        int len = 0;
        for (int k = asciiStart; k < asciiEnd; k++) {
            if (len >= MAX_CHARS) {
                return null;
            }
            out[len++] = s.charAt(k);
        }
        try {
            long damp = 700;
            long bias = INITIAL_BIAS;
            long i = 0;
            long n = INITIAL_N;
            int p = codeStart;
            while (p < codeEnd) {
                long delta = 0;
                long w = 1;
                long k = 0;
                while (true) {
                    k += BASE;
                    long t = k <= bias ? T_MIN : (k >= bias + T_MAX ? T_MAX : k - bias);
                    if (p >= codeEnd) {
                        return null;
                    }
                    char c = s.charAt(p++);
                    int d;
                    if (c >= 'a' && c <= 'z') {
                        d = c - 'a';
                    } else if (c >= '0' && c <= '9') {
                        d = 26 + (c - '0');
                    } else {
                        return null;
                    }
                    delta = Math.addExact(delta, Math.multiplyExact(d, w));
                    if (d < t) {
                        break;
                    }
                    w = Math.multiplyExact(w, BASE - t);
                }
                len++;
                i = Math.addExact(i, delta);
                n = Math.addExact(n, i / len);
                i %= len;
                if (n > Character.MAX_CODE_POINT || (n >= 0xD800 && n <= 0xDFFF) || len > MAX_CHARS) {
                    return null;
                }
                System.arraycopy(out, (int) i, out, (int) i + 1, len - 1 - (int) i);
                out[(int) i] = (int) n;
                i++;
                if (p >= codeEnd) {
                    break;
                }
                delta /= damp;
                damp = 2;
                delta += delta / len;
                k = 0;
                while (delta > ((BASE - T_MIN) * T_MAX) / 2) {
                    delta /= BASE - T_MIN;
                    k += BASE;
                }
                bias = k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW);
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        return new String(out, 0, len);
    }
}
