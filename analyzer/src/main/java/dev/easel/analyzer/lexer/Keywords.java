package dev.easel.analyzer.lexer;

/**
 * Identifiers the counter cares about, looked up from raw bytes without building a String per identifier.
 * Contextual words (union, auto, safe, default, raw, macro_rules) are listed too; the walker decides by position.
 */
public final class Keywords {
    public static final int NONE = 0;
    public static final int FN = 1, UNSAFE = 2, IMPL = 3, TRAIT = 4, MOD = 5, EXTERN = 6, CRATE = 7, STATIC = 8, MUT = 9,
            CONST = 10, LET = 11, IF = 12, ELSE = 13, MATCH = 14, WHILE = 15, FOR = 16, LOOP = 17, IN = 18,
            RETURN = 19, BREAK = 20, CONTINUE = 21, ASYNC = 22, AWAIT = 23, MOVE = 24, STRUCT = 25, ENUM = 26,
            UNION = 27, TYPE = 28, USE = 29, PUB = 30, AS = 31, WHERE = 32, MACRO_RULES = 33, SELF = 34,
            SELF_TYPE = 35, SUPER = 36, DYN = 37, REF = 38, BOX = 39, YIELD = 40, TRY = 41, AUTO = 42,
            DEFAULT = 43, SAFE = 44, TRUE = 45, FALSE = 46, RAW = 47, MACRO = 48, BECOME = 49, UNDERSCORE = 50,
            GEN = 51;

    private static final String[] WORDS = new String[52];
    private static final int TABLE = 256;
    private static final byte[][] KEYS = new byte[TABLE][];
    private static final int[] IDS = new int[TABLE];

    static {
        String[] w = {null, "fn", "unsafe", "impl", "trait", "mod", "extern", "crate", "static", "mut",
                "const", "let", "if", "else", "match", "while", "for", "loop", "in",
                "return", "break", "continue", "async", "await", "move", "struct", "enum",
                "union", "type", "use", "pub", "as", "where", "macro_rules", "self",
                "Self", "super", "dyn", "ref", "box", "yield", "try", "auto",
                "default", "safe", "true", "false", "raw", "macro", "become", "_", "gen"};
        System.arraycopy(w, 0, WORDS, 0, w.length);
        for (int id = 1; id < w.length; id++) {
            byte[] b = w[id].getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            int slot = hash(b, 0, b.length) & (TABLE - 1);
            while (KEYS[slot] != null) {
                slot = (slot + 1) & (TABLE - 1);
            }
            KEYS[slot] = b;
            IDS[slot] = id;
        }
    }

    private Keywords() {
    }

    public static int hash(byte[] src, int s, int e) {
        int h = e - s;
        for (int i = s; i < e; i++) {
            h = h * 31 + src[i];
        }
        return h ^ (h >>> 7);
    }

    public static int lookup(byte[] src, int s, int e, int h) {
        if (e - s > 11) {
            return NONE;
        }
        int slot = h & (TABLE - 1);
        while (true) {
            byte[] k = KEYS[slot];
            if (k == null) {
                return NONE;
            }
            if (k.length == e - s && java.util.Arrays.equals(k, 0, k.length, src, s, e)) {
                return IDS[slot];
            }
            slot = (slot + 1) & (TABLE - 1);
        }
    }

    public static String word(int id) {
        return WORDS[id];
    }
}
