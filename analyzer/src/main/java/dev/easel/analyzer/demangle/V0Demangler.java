package dev.easel.analyzer.demangle;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The v0 scheme (RFC 2603, rustc book "v0 Symbol Format"): a recursive-descent parser that prints while it parses.
 *
 * <p>It runs twice over the symbol: a first pass that prints nothing validates the whole grammar, finds where the path
 * and the optional instantiating crate end and collects every crate root; a second pass prints both outputs at
 * once (the alternate form and the form with disambiguators) and finds the crate that owns the item. Like
 * rustc-demangle, back-references are only followed when printing, nesting is bounded by {@link #MAX_DEPTH}
 * and output by {@link #MAX_OUTPUT} (back-references can make it grow exponentially).
 */
final class V0Demangler {
    static final int MAX_DEPTH = 500;
    static final int MAX_OUTPUT = 1_000_000;

    /** Thrown for any malformation; stackless since malformed symbols are an ordinary input. */
    private static final class Invalid extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Invalid() {
            super("invalid v0 symbol", null, false, false);
        }
    }

    private static final Invalid INVALID = new Invalid();

    /** What a separated list or a back-reference holds. */
    private enum Item { PATH, PATH_OPEN_GENERICS, TYPE, GENERIC_ARG, CONST, CONST_IN_VALUE, CONST_FIELD, DYN_TRAIT }

    private final String sym;
    private int pos;
    private int depth;
    private boolean printing;
    private long boundLifetimes;
    private final StringBuilder plain = new StringBuilder();
    private final StringBuilder full = new StringBuilder();
    /** Non-null only during the validation pass. */
    private Set<String> crates;
    private String ownerCrate;
    private String ownerDisambiguator;
    // The identifier last parsed: ascii part [asciiStart, asciiEnd), punycode deltas [punyStart, punyEnd).
    private int asciiStart;
    private int asciiEnd;
    private int punyStart;
    private int punyEnd;

    private V0Demangler(String sym) {
        this.sym = sym;
    }

    /** @param prefix length of {@code _R} or {@code __R}; null when malformed */
    static DemangledSymbol demangle(String symbol, int prefix) {
        String inner = symbol.substring(prefix);
        if (inner.isEmpty() || inner.charAt(0) < 'A' || inner.charAt(0) > 'Z') {
            return null;
        }
        for (int i = 0; i < inner.length(); i++) {
            if (inner.charAt(i) >= 0x80) {
                return null;
            }
        }
        try {
            return new V0Demangler(inner).run();
        } catch (Invalid e) {
            return null;
        }
    }

    private DemangledSymbol run() {
        crates = new LinkedHashSet<>();
        // The symbol's own path is in value position: its generic arguments print as `::<…>`.
        printPath(true, false);
        int instantiatingStart = -1;
        if (pos < sym.length() && isUpper(sym.charAt(pos))) {
            instantiatingStart = pos;
            printPath(false, false);
        }
        String suffix = sym.substring(pos);
        boolean dollarSuffix = suffix.startsWith("$");
        if (!dollarSuffix && !RustDemangler.isKeptSuffix(suffix)) {
            return null;
        }
        List<String> mentioned = new ArrayList<>(crates);
        crates = null;

        pos = 0;
        depth = 0;
        printing = true;
        printPath(true, true);
        String crate = ownerCrate;
        String disambiguator = ownerDisambiguator;

        String instantiating = null;
        if (instantiatingStart >= 0) {
            pos = instantiatingStart;
            depth = 0;
            printing = false;
            ownerCrate = null;
            printPath(false, true);
            instantiating = ownerCrate;
        }
        String kept = dollarSuffix ? "" : suffix;
        return new DemangledSymbol(Scheme.V0, plain + kept, full + kept, crate, disambiguator, instantiating,
                mentioned);
    }

    // ---- paths

    /** @param owner whether this path is on the spine that names the owning crate */
    private void printPath(boolean inValue, boolean owner) {
        pushDepth();
        char tag = next();
        switch (tag) {
            case 'C': {
                int disStart = pos;
                long dis = disambiguator();
                int disEnd = pos;
                parseIdent();
                if (crates != null) {
                    crates.add(identText());
                }
                if (owner) {
                    ownerCrate = identText();
                    ownerDisambiguator = disStart == disEnd ? null : sym.substring(disStart + 1, disEnd - 1);
                }
                printIdent();
                if (printing && dis != 0) {
                    full.append('[').append(Long.toHexString(dis)).append(']');
                }
                break;
            }
            case 'N': {
                char ns = next();
                if (!isUpper(ns) && !(ns >= 'a' && ns <= 'z')) {
                    throw INVALID;
                }
                printPath(inValue, owner);
                long dis = disambiguator();
                parseIdent();
                boolean named = asciiEnd > asciiStart || punyEnd > punyStart;
                if (isUpper(ns)) {
                    print("::{");
                    print(ns == 'C' ? "closure" : ns == 'S' ? "shim" : String.valueOf(ns));
                    if (named) {
                        print(":");
                        printIdent();
                    }
                    print("#");
                    print(Long.toUnsignedString(dis));
                    print("}");
                } else if (named) {
                    // Lowercase namespaces are implementation-internal: only the name is shown.
                    print("::");
                    printIdent();
                }
                break;
            }
            case 'M':
            case 'X':
            case 'Y': {
                if (tag != 'Y') {
                    disambiguator();
                    boolean wasPrinting = printing;
                    printing = false;
                    printPath(false, owner);
                    printing = wasPrinting;
                }
                print("<");
                printType();
                if (tag != 'M') {
                    print(" as ");
                    printPath(false, owner && tag == 'Y');
                }
                print(">");
                break;
            }
            case 'I': {
                printPath(inValue, owner);
                if (inValue) {
                    print("::");
                }
                print("<");
                printList(Item.GENERIC_ARG, ", ");
                print(">");
                break;
            }
            case 'B':
                printBackref(Item.PATH, inValue, owner);
                break;
            default:
                throw INVALID;
        }
        depth--;
    }

    /**
     * A trait in {@code dyn} may be followed by associated type bindings that belong inside its {@code <…>}: leave the
     * generic arguments open and say so.
     */
    private boolean printPathMaybeOpenGenerics() {
        if (eat('B')) {
            return printBackref(Item.PATH_OPEN_GENERICS, false, false);
        }
        if (eat('I')) {
            printPath(false, false);
            print("<");
            printList(Item.GENERIC_ARG, ", ");
            return true;
        }
        printPath(false, false);
        return false;
    }

    private void printDynTrait() {
        boolean open = printPathMaybeOpenGenerics();
        while (eat('p')) {
            print(open ? ", " : "<");
            open = true;
            parseIdent();
            printIdent();
            print(" = ");
            printType();
        }
        if (open) {
            print(">");
        }
    }

    private void printGenericArg() {
        if (eat('L')) {
            printLifetime(integer62());
        } else if (eat('K')) {
            printConst(false);
        } else {
            printType();
        }
    }

    // ---- types

    private void printType() {
        char tag = next();
        String basic = basicType(tag);
        if (basic != null) {
            print(basic);
            return;
        }
        pushDepth();
        switch (tag) {
            case 'R':
            case 'Q':
                print("&");
                if (eat('L')) {
                    long lifetime = integer62();
                    if (lifetime != 0) {
                        printLifetime(lifetime);
                        print(" ");
                    }
                }
                if (tag != 'R') {
                    print("mut ");
                }
                printType();
                break;
            case 'P':
            case 'O':
                print(tag == 'P' ? "*const " : "*mut ");
                printType();
                break;
            case 'A':
            case 'S':
                print("[");
                printType();
                if (tag == 'A') {
                    print("; ");
                    printConst(true);
                }
                print("]");
                break;
            case 'T': {
                print("(");
                int count = printList(Item.TYPE, ", ");
                if (count == 1) {
                    print(",");
                }
                print(")");
                break;
            }
            case 'F': {
                long bound = openBinder();
                printFnSig();
                boundLifetimes -= bound;
                break;
            }
            case 'D': {
                print("dyn ");
                long bound = openBinder();
                printList(Item.DYN_TRAIT, " + ");
                boundLifetimes -= bound;
                if (!eat('L')) {
                    throw INVALID;
                }
                long lifetime = integer62();
                if (lifetime != 0) {
                    print(" + ");
                    printLifetime(lifetime);
                }
                break;
            }
            case 'B':
                printBackref(Item.TYPE, false, false);
                break;
            default:
                // Any other tag starts a path naming the type.
                pos--;
                printPath(false, false);
                break;
        }
        depth--;
    }

    private void printFnSig() {
        boolean unsafe = eat('U');
        String abi = null;
        if (eat('K')) {
            if (eat('C')) {
                abi = "C";
            } else {
                parseIdent();
                if (asciiEnd == asciiStart || punyEnd > punyStart) {
                    throw INVALID;
                }
                // rustc replaced the ABI's '-' by '_'.
                abi = sym.substring(asciiStart, asciiEnd).replace('_', '-');
            }
        }
        if (unsafe) {
            print("unsafe ");
        }
        if (abi != null) {
            print("extern \"");
            print(abi);
            print("\" ");
        }
        print("fn(");
        printList(Item.TYPE, ", ");
        print(")");
        if (!eat('u')) {
            print(" -> ");
            printType();
        }
    }

    /** Parses an optional binder and prints {@code for<'a, …> }; returns how many lifetimes it bound. */
    private long openBinder() {
        long count = optInteger62('G');
        if (!printing) {
            return 0;
        }
        if (count > 0) {
            print("for<");
            for (long i = 0; i < count; i++) {
                if (i > 0) {
                    print(", ");
                }
                boundLifetimes++;
                printLifetime(1);
            }
            print("> ");
        }
        return count;
    }

    /** Lifetimes are de Bruijn indices; they print as levels {@code 'a}, {@code 'b}, … then {@code '_26}, …. */
    private void printLifetime(long index) {
        if (!printing) {
            return;
        }
        print("'");
        if (index == 0) {
            print("_");
            return;
        }
        if (Long.compareUnsigned(index, boundLifetimes) > 0) {
            throw INVALID;
        }
        long level = boundLifetimes - index;
        if (level < 26) {
            print(String.valueOf((char) ('a' + level)));
        } else {
            print("_");
            print(Long.toString(level));
        }
    }

    private static String basicType(char tag) {
        switch (tag) {
            case 'a': return "i8";
            case 'b': return "bool";
            case 'c': return "char";
            case 'd': return "f64";
            case 'e': return "str";
            case 'f': return "f32";
            case 'h': return "u8";
            case 'i': return "isize";
            case 'j': return "usize";
            case 'l': return "i32";
            case 'm': return "u32";
            case 'n': return "i128";
            case 'o': return "u128";
            case 's': return "i16";
            case 't': return "u16";
            case 'u': return "()";
            case 'v': return "...";
            case 'x': return "i64";
            case 'y': return "u64";
            case 'z': return "!";
            case 'p': return "_";
            default: return null;
        }
    }

    // ---- consts

    private void printConst(boolean inValue) {
        char tag = next();
        pushDepth();
        // Literals stand alone as generic arguments; other expressions need braces unless nested in a value.
        boolean braced = false;
        switch (tag) {
            case 'p':
                print("_");
                break;
            case 'h': case 't': case 'm': case 'y': case 'o': case 'j':
                printConstUint(tag);
                break;
            case 'a': case 's': case 'l': case 'x': case 'n': case 'i':
                if (eat('n')) {
                    print("-");
                }
                printConstUint(tag);
                break;
            case 'b': {
                int start = pos;
                long value = parseHexValue(hexNibbles(), start);
                if (value == 0) {
                    print("false");
                } else if (value == 1) {
                    print("true");
                } else {
                    throw INVALID;
                }
                break;
            }
            case 'c': {
                int start = pos;
                long value = parseHexValue(hexNibbles(), start);
                if (value < 0 || value > Character.MAX_CODE_POINT || (value >= 0xD800 && value <= 0xDFFF)) {
                    throw INVALID;
                }
                printQuoted('\'', new int[] {(int) value});
                break;
            }
            case 'e':
                // A string literal has type &str, so the str value itself is written *"…".
                braced = openBrace(inValue);
                print("*");
                printConstStr();
                break;
            case 'R':
            case 'Q':
                if (tag == 'R' && eat('e')) {
                    printConstStr();
                } else {
                    braced = openBrace(inValue);
                    print(tag == 'R' ? "&" : "&mut ");
                    printConst(true);
                }
                break;
            case 'A':
                braced = openBrace(inValue);
                print("[");
                printList(Item.CONST_IN_VALUE, ", ");
                print("]");
                break;
            case 'T': {
                braced = openBrace(inValue);
                print("(");
                int count = printList(Item.CONST_IN_VALUE, ", ");
                if (count == 1) {
                    print(",");
                }
                print(")");
                break;
            }
            case 'V': {
                braced = openBrace(inValue);
                printPath(true, false);
                char kind = next();
                if (kind == 'T') {
                    print("(");
                    printList(Item.CONST_IN_VALUE, ", ");
                    print(")");
                } else if (kind == 'S') {
                    print(" { ");
                    printList(Item.CONST_FIELD, ", ");
                    print(" }");
                } else if (kind != 'U') {
                    throw INVALID;
                }
                break;
            }
            case 'B':
                printBackref(inValue ? Item.CONST_IN_VALUE : Item.CONST, inValue, false);
                break;
            default:
                throw INVALID;
        }
        if (braced) {
            print("}");
        }
        depth--;
    }

    private boolean openBrace(boolean inValue) {
        if (inValue) {
            return false;
        }
        print("{");
        return true;
    }

    private void printConstField() {
        disambiguator();
        parseIdent();
        printIdent();
        print(": ");
        printConst(true);
    }

    private void printConstUint(char typeTag) {
        int start = pos;
        int end = hexNibbles();
        int significant = start;
        while (significant < end && sym.charAt(significant) == '0') {
            significant++;
        }
        if (end - significant <= 16) {
            print(Long.toUnsignedString(parseHexValue(end, start)));
        } else {
            // Wider than u64: printed verbatim in hex.
            print("0x");
            print(sym.substring(start, end));
        }
        if (printing) {
            full.append(basicType(typeTag));
        }
    }

    private void printConstStr() {
        int start = pos;
        int end = hexNibbles();
        if ((end - start) % 2 != 0) {
            throw INVALID;
        }
        byte[] bytes = new byte[(end - start) / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(sym.substring(start + 2 * i, start + 2 * i + 2), 16);
        }
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw INVALID;
        }
        printQuoted('"', chars.codePoints().toArray());
    }

    private void printQuoted(char quote, int[] codePoints) {
        if (!printing) {
            return;
        }
        int before = full.length();
        RustChars.appendQuoted(full, quote, codePoints);
        plain.append(full, before, full.length());
        checkSize();
    }

    /** Parses {@code [0-9a-f]* _}; returns the end of the digits (the {@code _} is consumed). */
    private int hexNibbles() {
        while (true) {
            char c = next();
            if (c == '_') {
                return pos - 1;
            }
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                throw INVALID;
            }
        }
    }

    /** The value of hex digits {@code [start, end)}, or -1 when wider than 64 bits. */
    private long parseHexValue(int end, int start) {
        int i = start;
        while (i < end && sym.charAt(i) == '0') {
            i++;
        }
        if (end - i > 16) {
            return -1;
        }
        long value = 0;
        for (; i < end; i++) {
            value = (value << 4) | Character.digit(sym.charAt(i), 16);
        }
        return value;
    }

    // ---- lists, back-references

    private int printList(Item item, String separator) {
        int count = 0;
        while (!eat('E')) {
            if (count > 0) {
                print(separator);
            }
            printItem(item, false, false);
            count++;
        }
        return count;
    }

    private boolean printItem(Item item, boolean inValue, boolean owner) {
        switch (item) {
            case PATH:
                printPath(inValue, owner);
                return false;
            case PATH_OPEN_GENERICS:
                return printPathMaybeOpenGenerics();
            case TYPE:
                printType();
                return false;
            case GENERIC_ARG:
                printGenericArg();
                return false;
            case CONST:
                printConst(false);
                return false;
            case CONST_IN_VALUE:
                printConst(true);
                return false;
            case CONST_FIELD:
                printConstField();
                return false;
            case DYN_TRAIT:
                printDynTrait();
                return false;
            default:
                throw new IllegalStateException(item.name());
        }
    }

    /**
     * Prints what a back-reference points at ({@code B} already consumed). Not followed when not printing, except
     * on the owner spine where the owning crate may sit behind it.
     */
    private boolean printBackref(Item item, boolean inValue, boolean owner) {
        int start = pos - 1;
        long target = integer62();
        if (Long.compareUnsigned(target, start) >= 0) {
            throw INVALID;
        }
        if (!printing && !owner) {
            return false;
        }
        int savedPos = pos;
        int savedDepth = depth;
        pos = (int) target;
        pushDepth();
        boolean open = printItem(item, inValue, owner);
        pos = savedPos;
        depth = savedDepth;
        return open;
    }

    // ---- lexical pieces

    private void parseIdent() {
        boolean punycode = eat('u');
        long length = digit10();
        if (length != 0) {
            while (pos < sym.length() && sym.charAt(pos) >= '0' && sym.charAt(pos) <= '9') {
                length = length * 10 + (sym.charAt(pos++) - '0');
                if (length > sym.length()) {
                    throw INVALID;
                }
            }
        }
        eat('_');
        int start = pos;
        if (start + length > sym.length()) {
            throw INVALID;
        }
        int end = start + (int) length;
        pos = end;
        if (punycode) {
            int underscore = sym.lastIndexOf('_', end - 1);
            if (underscore >= start) {
                asciiStart = start;
                asciiEnd = underscore;
                punyStart = underscore + 1;
            } else {
                asciiStart = start;
                asciiEnd = start;
                punyStart = start;
            }
            punyEnd = end;
            if (punyEnd == punyStart) {
                throw INVALID;
            }
        } else {
            asciiStart = start;
            asciiEnd = end;
            punyStart = end;
            punyEnd = end;
        }
    }

    private String identText() {
        if (punyEnd == punyStart) {
            return sym.substring(asciiStart, asciiEnd);
        }
        String decoded = Punycode.decode(sym, asciiStart, asciiEnd, punyStart, punyEnd);
        if (decoded != null) {
            return decoded;
        }
        // Undecodable: shown as standard Punycode, '-' separating the ascii part.
        return "punycode{" + (asciiEnd > asciiStart ? sym.substring(asciiStart, asciiEnd) + "-" : "")
                + sym.substring(punyStart, punyEnd) + "}";
    }

    private void printIdent() {
        if (!printing) {
            return;
        }
        if (punyEnd == punyStart) {
            plain.append(sym, asciiStart, asciiEnd);
            full.append(sym, asciiStart, asciiEnd);
            checkSize();
        } else {
            print(identText());
        }
    }

    private long digit10() {
        if (pos < sym.length() && sym.charAt(pos) >= '0' && sym.charAt(pos) <= '9') {
            return sym.charAt(pos++) - '0';
        }
        throw INVALID;
    }

    /** A base-62 number: {@code _} is 0, else digits then {@code _} encode value - 1. Unsigned 64-bit. */
    private long integer62() {
        if (eat('_')) {
            return 0;
        }
        long x = 0;
        while (!eat('_')) {
            char c = next();
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (c >= 'a' && c <= 'z') {
                d = 10 + (c - 'a');
            } else if (c >= 'A' && c <= 'Z') {
                d = 36 + (c - 'A');
            } else {
                throw INVALID;
            }
            if (Long.compareUnsigned(x, Long.divideUnsigned(-1L, 62)) > 0) {
                throw INVALID;
            }
            long next = x * 62 + d;
            if (Long.compareUnsigned(next, x * 62) < 0) {
                throw INVALID;
            }
            x = next;
        }
        if (x == -1L) {
            throw INVALID;
        }
        return x + 1;
    }

    private long optInteger62(char tag) {
        if (!eat(tag)) {
            return 0;
        }
        long value = integer62();
        if (value == -1L) {
            throw INVALID;
        }
        return value + 1;
    }

    private long disambiguator() {
        return optInteger62('s');
    }

    private char next() {
        if (pos >= sym.length()) {
            throw INVALID;
        }
        return sym.charAt(pos++);
    }

    private boolean eat(char c) {
        if (pos < sym.length() && sym.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void pushDepth() {
        if (++depth > MAX_DEPTH) {
            throw INVALID;
        }
    }

    private void print(String s) {
        if (printing) {
            plain.append(s);
            full.append(s);
            checkSize();
        }
    }

    private void checkSize() {
        if (full.length() > MAX_OUTPUT) {
            throw INVALID;
        }
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
