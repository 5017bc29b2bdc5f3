package dev.easel.analyzer.lexer;

/** Operator ids of PUNCT tokens: single characters keep their char code, multi-character operators get ids above 255. */
public final class Op {
    public static final int PATH = 256;      // ::
    public static final int ARROW = 257;     // ->
    public static final int FAT_ARROW = 258; // =>
    public static final int DOT2 = 259;      // ..
    public static final int DOT3 = 260;      // ...
    public static final int DOT2_EQ = 261;   // ..=
    public static final int AND_AND = 262;   // &&
    public static final int OR_OR = 263;     // ||
    public static final int EQ_EQ = 264;     // ==
    public static final int NE = 265;        // !=
    public static final int LE = 266;        // <=
    public static final int GE = 267;        // >=
    public static final int SHL = 268;       // <<
    public static final int SHR = 269;       // >>
    public static final int SHL_EQ = 270;    // <<=
    public static final int SHR_EQ = 271;    // >>=
    public static final int PLUS_EQ = 272;   // += and the other compound assignments follow
    public static final int MINUS_EQ = 273;
    public static final int STAR_EQ = 274;
    public static final int SLASH_EQ = 275;
    public static final int PERCENT_EQ = 276;
    public static final int CARET_EQ = 277;
    public static final int AND_EQ = 278;
    public static final int OR_EQ = 279;

    private Op() {
    }

    /** Binary operators, assignment, compound assignment and range: each makes one syn expression node. */
    public static boolean isBinary(int op) {
        switch (op) {
            case '+': case '-': case '*': case '/': case '%': case '^': case '&': case '|': case '<': case '>':
            case '=':
            case AND_AND: case OR_OR: case EQ_EQ: case NE: case LE: case GE: case SHL: case SHR: case SHL_EQ:
            case SHR_EQ: case PLUS_EQ: case MINUS_EQ: case STAR_EQ: case SLASH_EQ: case PERCENT_EQ: case CARET_EQ:
            case AND_EQ: case OR_EQ: case DOT2: case DOT2_EQ: case DOT3:
                return true;
            default:
                return false;
        }
    }
}
