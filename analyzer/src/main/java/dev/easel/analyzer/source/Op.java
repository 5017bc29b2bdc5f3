package dev.easel.analyzer.source;

/** Operator ids of PUNCT tokens: single characters keep their char code, multi-character operators get ids above 255. */
final class Op {
    static final int PATH = 256;      // ::
    static final int ARROW = 257;     // ->
    static final int FAT_ARROW = 258; // =>
    static final int DOT2 = 259;      // ..
    static final int DOT3 = 260;      // ...
    static final int DOT2_EQ = 261;   // ..=
    static final int AND_AND = 262;   // &&
    static final int OR_OR = 263;     // ||
    static final int EQ_EQ = 264;     // ==
    static final int NE = 265;        // !=
    static final int LE = 266;        // <=
    static final int GE = 267;        // >=
    static final int SHL = 268;       // <<
    static final int SHR = 269;       // >>
    static final int SHL_EQ = 270;    // <<=
    static final int SHR_EQ = 271;    // >>=
    static final int PLUS_EQ = 272;   // += and the other compound assignments follow
    static final int MINUS_EQ = 273;
    static final int STAR_EQ = 274;
    static final int SLASH_EQ = 275;
    static final int PERCENT_EQ = 276;
    static final int CARET_EQ = 277;
    static final int AND_EQ = 278;
    static final int OR_EQ = 279;

    private Op() {
    }

    /** Binary operators, assignment, compound assignment and range: each makes one syn expression node. */
    static boolean isBinary(int op) {
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
