package dev.easel.analyzer.source;

import dev.easel.analyzer.lexer.ModDecl;
import dev.easel.analyzer.lexer.Op;
import dev.easel.analyzer.lexer.Tokens;
import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.UnsafeCounters;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import static dev.easel.analyzer.lexer.Keywords.*;

/**
 * Walks one file's tokens the way cargo-geiger's syn visitor walks the syntax tree, and counts geiger's five
 * counters plus easel's extras. It is a tolerant recursive-descent reader of Rust's item, statement and expression
 * grammar: it builds no tree, it counts the expression nodes syn would build (every node except paths, literals
 * and {@code unsafe} blocks, as geiger does). Since every binary operator, cast, assignment and range is one node
 * whatever the precedence, expressions are read as flat operand/operator chains. Macro bodies are token trees
 * that syn does not look into, so they are skipped too ({@code unsafe} in {@code macro_rules!} is tallied apart).
 * Nothing here throws on bad input: an unexpected token is skipped and reading resumes.
 */
final class UnsafeWalker {
    private static final int CTX_MOD = 0, CTX_IMPL = 1, CTX_TRAIT = 2, CTX_BLOCK = 3;
    private static final int NO_STRUCT = 1, STMT = 2;
    private static final int MAX_DEPTH = 256;

    private final Tokens t;
    private final String file;
    private final boolean includeTests;
    /** {@link WalkRules#syn1Expressions()}: statement macros count, attribute values do not. */
    private final boolean syn1;
    private final UnsafeTally tally;
    private final List<Problem> problems;
    private final List<ModDecl> modDecls = new ArrayList<>();
    private final ArrayDeque<String> path = new ArrayDeque<>();
    private final ArrayDeque<String> inlineMods = new ArrayDeque<>();

    private int unsafeScopes;
    private int depth;
    private boolean depthReported;
    private FnFrame fn;
    /** Set by {@link #operand}: 0 not a macro, 1 a macro with () or [], 2 a macro with {}. */
    private int operandMacro;
    /** Where the macro that set {@link #operandMacro} starts. */
    private int macroStart = -1;
    /** Set by {@link #operand}: a block-like expression ended the statement. */
    private boolean stmtEnded;
    /** Set by {@link #expr}: the whole expression was a single macro call (see {@link #operandMacro}). */
    private int exprMacro;

    private static final class FnFrame {
        final String path;
        final int line;
        final boolean unsafeFn;
        final List<Integer> blocks = new ArrayList<>();

        FnFrame(String path, int line, boolean unsafeFn) {
            this.path = path;
            this.line = line;
            this.unsafeFn = unsafeFn;
        }
    }

    /** What the attributes in front of an item say. */
    private static final class Attrs {
        boolean test, cfgTest, noMangle, exportName;
        String pathAttr;
    }

    UnsafeWalker(Tokens tokens, String file, String modulePath, WalkRules rules, UnsafeTally tally,
                 List<Problem> problems) {
        this.t = tokens;
        this.file = file;
        this.includeTests = rules.includeTests();
        this.syn1 = rules.syn1Expressions();
        this.tally = tally;
        this.problems = problems;
        if (modulePath != null && !modulePath.isEmpty()) {
            path.addLast(modulePath);
        }
    }

    /** Walks the whole file; returns its out-of-line module declarations. */
    List<ModDecl> walkFile() {
        items(0, t.size(), CTX_MOD);
        return modDecls;
    }

    // ---------------------------------------------------------------- counting

    private void countExpr(int n) {
        if (unsafeScopes > 0) {
            tally.exprUnsafe += n;
        } else {
            tally.exprSafe += n;
        }
    }

    private boolean tooDeep(int i) {
        if (depth > MAX_DEPTH) {
            if (!depthReported) {
                depthReported = true;
                problems.add(new Problem(Problem.Stage.SOURCE, file, i < t.size() ? t.line(i) : 0,
                        "nesting deeper than " + MAX_DEPTH + " levels; the rest of that group is not counted"));
            }
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- token helpers

    private boolean op(int i, int op) {
        return t.isOp(i, op);
    }

    private boolean kw(int i, int k) {
        return t.isKw(i, k);
    }

    private boolean open(int i, char c) {
        return t.isOpen(i, c);
    }

    /** Index just after token i, jumping over a whole group when i opens one. */
    private int skipOne(int i) {
        if (t.kind(i) == Tokens.OPEN && t.partner(i) > i) {
            return t.partner(i) + 1;
        }
        return i + 1;
    }

    /** End (exclusive) of the group opened at i, or {@code to} when it is unclosed. */
    private int groupEnd(int i, int to) {
        int p = t.partner(i);
        return p > i && p <= to ? p : to;
    }

    private int afterGroup(int i, int to) {
        int p = t.partner(i);
        return p > i && p < to ? p + 1 : to;
    }

    /** The next index at or after i (within [i, to)) holding a top-level {@code ;}, or to. */
    private int findSemi(int i, int to) {
        while (i < to && !op(i, ';')) {
            i = skipOne(i);
        }
        return Math.min(i, to);
    }

    // ---------------------------------------------------------------- attributes

    /** Reads outer and inner attributes starting at i; returns the index after them. */
    private int attrs(int i, int to, Attrs a) {
        while (i < to && op(i, '#')) {
            int o = i + 1;
            if (op(o, '!')) {
                o++;
            }
            if (!open(o, '[')) {
                return i;
            }
            int end = groupEnd(o, to);
            attribute(o + 1, end, a);
            i = afterGroup(o, to);
        }
        return i;
    }

    private void attribute(int i, int end, Attrs a) {
        if (i >= end) {
            return;
        }
        if (kw(i, UNSAFE) && open(i + 1, '(')) {
            tally.unsafeAttributes++;
            int inner = i + 2;
            if (t.isIdentLike(inner)) {
                String name = t.identName(inner);
                if (name.equals("no_mangle")) {
                    a.noMangle = true;
                } else if (name.equals("export_name")) {
                    a.exportName = true;
                }
            }
            return;
        }
        if (!t.isIdentLike(i)) {
            return;
        }
        boolean single = i + 1 >= end || !op(i + 1, Op.PATH);
        if (!single) {
            return;
        }
        String name = t.identName(i);
        switch (name) {
            case "test" -> a.test = true;
            case "no_mangle" -> a.noMangle = true;
            case "export_name" -> a.exportName = true;
            case "cfg" -> {
                if (open(i + 1, '(') && cfgListHasTest(i + 2, groupEnd(i + 1, end))) {
                    a.cfgTest = true;
                }
            }
            case "path" -> a.pathAttr = stringAfterEq(i + 1, end);
            default -> {
            }
        }
        if (!syn1 && op(i + 1, '=') && i + 2 < end && !(i + 3 == end && isLiteral(i + 2))) {
            expr(i + 2, end, 0); // #[doc = include_str!(..)]: syn 2 visits the value as an expression
        }
    }

    /** geiger's is_test_mod: a bare {@code test} among cfg's top-level items, read until the first nested list. */
    private boolean cfgListHasTest(int i, int end) {
        while (i < end) {
            if (t.isIdentLike(i) && (i + 1 == end || op(i + 1, ','))) {
                if (t.identName(i).equals("test")) {
                    return true;
                }
                i += 2;
                continue;
            }
            return false; // a nested list or name = value: syn's parse_nested_meta stops there
        }
        return false;
    }

    private String stringAfterEq(int i, int end) {
        if (op(i, '=') && i + 1 < end && t.kind(i + 1) == Tokens.STRING) {
            return t.stringValue(i + 1);
        }
        return null;
    }

    private boolean isLiteral(int i) {
        int k = t.kind(i);
        return k == Tokens.STRING || k == Tokens.CHAR || k == Tokens.NUMBER || kw(i, TRUE) || kw(i, FALSE);
    }

    // ---------------------------------------------------------------- items

    private void items(int i, int to, int ctx) {
        while (i < to) {
            if (op(i, ';')) {
                i++;
                continue;
            }
            int next = item(i, to, ctx);
            i = next > i ? next : skipOne(i);
        }
    }

    /** Reads one item at i; returns the index after it (i itself when nothing could be read). */
    private int item(int i, int to, int ctx) {
        Attrs a = new Attrs();
        i = attrs(i, to, a);
        if (i >= to) {
            return i;
        }
        if (kw(i, PUB)) {
            i++;
            if (open(i, '(')) {
                i = afterGroup(i, to);
            }
        }
        boolean isUnsafe = false;
        boolean isExtern = false;
        while (i < to) {
            if (kw(i, DEFAULT) && (kw(i + 1, FN) || kw(i + 1, IMPL) || kw(i + 1, UNSAFE) || kw(i + 1, CONST)
                    || kw(i + 1, ASYNC) || kw(i + 1, TYPE) || kw(i + 1, EXTERN))) {
                i++;
            } else if (kw(i, CONST) && (kw(i + 1, FN) || kw(i + 1, UNSAFE) || kw(i + 1, ASYNC) || kw(i + 1, EXTERN))) {
                i++;
            } else if (kw(i, ASYNC) && (kw(i + 1, FN) || kw(i + 1, UNSAFE) || kw(i + 1, EXTERN))) {
                i++;
            } else if (kw(i, SAFE) && (kw(i + 1, FN) || kw(i + 1, STATIC))) {
                i++;
            } else if (kw(i, UNSAFE) && !open(i + 1, '{')) {
                isUnsafe = true;
                i++;
            } else if (kw(i, EXTERN) && !kw(i + 1, CRATE)) {
                isExtern = true;
                i++;
                if (i < to && t.kind(i) == Tokens.STRING) {
                    i++; // the ABI
                }
            } else {
                break;
            }
        }
        if (i >= to) {
            return i;
        }
        if (isExtern && open(i, '{')) {
            return externBlock(i, to);
        }
        if (t.kind(i) != Tokens.IDENT) {
            return i;
        }
        switch (t.code(i)) {
            case FN:
                return function(i, to, ctx, a, isUnsafe);
            case IMPL:
                return impl(i, to, isUnsafe);
            case TRAIT:
                return trait(i, to, isUnsafe);
            case AUTO:
                return kw(i + 1, TRAIT) ? trait(i + 1, to, isUnsafe) : i;
            case MOD:
                return module(i, to, a);
            case STATIC:
            case CONST:
                return constOrStatic(i, to);
            case STRUCT:
                return struct(i, to);
            case UNION:
                return t.isIdentLike(i + 1) ? struct(i, to) : i;
            case ENUM:
                return enumItem(i, to);
            case TYPE:
            case USE:
                int semi = findSemi(i, to);
                scanTypes(i + 1, semi);
                return Math.min(semi + 1, to);
            case EXTERN:
                return Math.min(findSemi(i, to) + 1, to); // extern crate
            case MACRO_RULES:
                if (op(i + 1, '!')) {
                    return macroRules(i + 2, to);
                }
                return macroInvocation(i, to);
            case MACRO:
                int k = i + 1;
                while (k < to && !open(k, '{')) {
                    k = skipOne(k);
                }
                return k < to ? afterGroup(k, to) : to;
            default:
                return macroInvocation(i, to);
        }
    }

    /** {@code path!(…);} / {@code path! name {…}} at item level: a token tree syn does not visit. */
    private int macroInvocation(int i, int to) {
        int k = i;
        while (k < to && (t.isIdentLike(k) || op(k, Op.PATH))) {
            k++;
        }
        if (k == i || !op(k, '!')) {
            return i;
        }
        k++;
        if (t.isIdentLike(k)) {
            k++;
        }
        if (k < to && t.kind(k) == Tokens.OPEN) {
            k = afterGroup(k, to);
        }
        if (op(k, ';')) {
            k++;
        }
        return k;
    }

    private int macroRules(int i, int to) {
        if (t.isIdentLike(i)) {
            i++;
        }
        if (i < to && t.kind(i) == Tokens.OPEN) {
            int end = groupEnd(i, to);
            for (int k = i + 1; k < end; k++) {
                if (kw(k, UNSAFE)) {
                    tally.macroUnsafe++;
                }
            }
            i = afterGroup(i, to);
        }
        return op(i, ';') ? i + 1 : i;
    }

    private String joinPath(String name) {
        if (path.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder();
        for (String p : path) {
            sb.append(p).append("::");
        }
        return sb.append(name).toString();
    }

    private int function(int i, int to, int ctx, Attrs a, boolean unsafeQualifier) {
        int fnLine = t.line(i);
        String name = t.isIdentLike(i + 1) ? t.identName(i + 1) : "?";
        int k = i + 2;
        int body = -1;
        int sigStart = k;
        while (k < to) {
            if (open(k, '{')) {
                body = k;
                break;
            }
            if (op(k, ';')) {
                break;
            }
            k = skipOne(k);
        }
        int end = body >= 0 ? afterGroup(body, to) : Math.min(k + 1, to);
        boolean free = ctx == CTX_MOD || ctx == CTX_BLOCK;
        if (free && !includeTests && a.test) {
            return end; // geiger skips #[test] functions entirely
        }
        boolean unsafeFn = unsafeQualifier;
        boolean enters;
        if (free) {
            unsafeFn = unsafeQualifier || a.noMangle || a.exportName;
            if (unsafeFn) {
                tally.fnUnsafe++;
            } else {
                tally.fnSafe++;
            }
            enters = unsafeFn;
        } else if (ctx == CTX_IMPL) {
            if (unsafeQualifier) {
                tally.methodUnsafe++;
            } else {
                tally.methodSafe++;
            }
            enters = unsafeQualifier;
        } else {
            enters = false; // geiger neither counts trait fns nor treats an unsafe trait fn's body as unsafe
        }
        scanTypes(sigStart, body >= 0 ? body : k);
        if (body < 0) {
            return end;
        }
        FnFrame outer = fn;
        FnFrame frame = new FnFrame(joinPath(name), fnLine, unsafeQualifier);
        fn = frame;
        if (enters) {
            unsafeScopes++;
        }
        block(body, to);
        if (enters) {
            unsafeScopes--;
        }
        fn = outer;
        if (frame.unsafeFn || !frame.blocks.isEmpty()) {
            tally.unsafeFunctions.add(new UnsafeCounters.UnsafeFunction(frame.path, file, frame.line, frame.unsafeFn,
                    frame.blocks));
        }
        return end;
    }

    private int impl(int i, int to, boolean isUnsafe) {
        if (isUnsafe) {
            tally.implUnsafe++;
        } else {
            tally.implSafe++;
        }
        int k = i + 1;
        if (op(k, '<')) {
            k = skipAngle(k, to);
        }
        int header = k;
        while (k < to && !open(k, '{') && !op(k, ';')) {
            k = skipOne(k);
        }
        scanTypes(header, k);
        if (!open(k, '{')) {
            return Math.min(k + 1, to);
        }
        path.addLast(implTypeName(header, k));
        items(k + 1, groupEnd(k, to), CTX_IMPL);
        path.removeLast();
        return afterGroup(k, to);
    }

    /** The self type's last path segment: {@code Foo} for {@code impl<T> Tr for a::Foo<T> where …}. */
    private String implTypeName(int from, int to) {
        int start = from;
        int angle = 0;
        int end = to;
        for (int k = from; k < to; k++) {
            int nesting = angleNesting(k);
            if (nesting != 0) {
                angle += nesting;
            } else if (angle <= 0 && kw(k, FOR) && !op(k + 1, '<')) {
                start = k + 1;
            } else if (angle <= 0 && kw(k, WHERE)) {
                end = k;
                break;
            }
        }
        String name = "?";
        angle = 0;
        for (int k = start; k < end; k++) {
            int nesting = angleNesting(k);
            if (nesting != 0) {
                angle += nesting;
            } else if (angle <= 0 && t.isIdentLike(k)) {
                name = t.identName(k);
            }
        }
        return name;
    }

    /** How token {@code k} changes the depth of generic brackets: {@code <} opens, {@code >} and {@code >>} close. */
    private int angleNesting(int k) {
        if (op(k, '<')) {
            return 1;
        }
        if (op(k, '>')) {
            return -1;
        }
        return op(k, Op.SHR) ? -2 : 0;
    }

    private int trait(int i, int to, boolean isUnsafe) {
        String name = t.isIdentLike(i + 1) ? t.identName(i + 1) : "?";
        int k = i + 2;
        while (k < to && !open(k, '{') && !op(k, ';')) {
            k = skipOne(k);
        }
        if (!open(k, '{')) {
            return Math.min(k + 1, to); // trait alias
        }
        if (isUnsafe) {
            tally.traitUnsafe++;
        } else {
            tally.traitSafe++;
        }
        scanTypes(i + 2, k);
        path.addLast(name);
        items(k + 1, groupEnd(k, to), CTX_TRAIT);
        path.removeLast();
        return afterGroup(k, to);
    }

    private int module(int i, int to, Attrs a) {
        if (!t.isIdentLike(i + 1)) {
            return i + 1;
        }
        String name = t.identName(i + 1);
        int k = i + 2;
        if (op(k, ';')) {
            modDecls.add(new ModDecl(name, a.pathAttr, new ArrayList<>(inlineMods), a.cfgTest));
            return k + 1;
        }
        if (!open(k, '{')) {
            return k;
        }
        if (a.cfgTest && !includeTests) {
            return afterGroup(k, to); // geiger skips #[cfg(test)] modules
        }
        path.addLast(name);
        inlineMods.addLast(a.pathAttr != null ? name + "#path=" + a.pathAttr : name);
        items(k + 1, groupEnd(k, to), CTX_MOD);
        inlineMods.removeLast();
        path.removeLast();
        return afterGroup(k, to);
    }

    private int constOrStatic(int i, int to) {
        int k = i + 1;
        if (kw(i, STATIC) && kw(k, MUT)) {
            tally.staticMuts++;
            k++;
        }
        int semi = findSemi(k, to);
        int eq = k;
        while (eq < semi && !op(eq, '=')) {
            eq = skipOne(eq);
        }
        scanTypes(k, eq);
        if (eq < semi) {
            expr(eq + 1, semi, 0);
        }
        return Math.min(semi + 1, to);
    }

    private int struct(int i, int to) {
        int k = i + 1;
        while (k < to && !op(k, ';') && !open(k, '{')) {
            k = skipOne(k);
        }
        scanTypes(i + 1, k);
        if (open(k, '{')) {
            scanTypes(k + 1, groupEnd(k, to));
            return afterGroup(k, to);
        }
        return Math.min(k + 1, to);
    }

    private int enumItem(int i, int to) {
        int k = i + 1;
        while (k < to && !open(k, '{')) {
            k = skipOne(k);
        }
        if (k >= to) {
            return to;
        }
        scanTypes(i + 1, k);
        int end = groupEnd(k, to);
        int v = k + 1;
        while (v < end) {
            v = attrs(v, end, new Attrs());
            int comma = v;
            while (comma < end && !op(comma, ',')) {
                if (op(comma, '=')) {
                    int after = expr(comma + 1, end, 0);
                    comma = Math.max(after, comma + 1);
                    continue;
                }
                if (t.kind(comma) == Tokens.OPEN) {
                    scanTypes(comma + 1, groupEnd(comma, end));
                }
                comma = skipOne(comma);
            }
            v = comma + 1;
        }
        return afterGroup(k, to);
    }

    private int externBlock(int open, int to) {
        tally.externBlocks++;
        int end = groupEnd(open, to);
        int i = open + 1;
        while (i < end) {
            Attrs a = new Attrs();
            i = attrs(i, end, a);
            if (i >= end) {
                break;
            }
            if (kw(i, PUB)) {
                i++;
                if (open(i, '(')) {
                    i = afterGroup(i, end);
                }
            }
            while (kw(i, SAFE) || kw(i, UNSAFE)) {
                i++;
            }
            int macroEnd = macroInvocation(i, end);
            if (macroEnd > i) {
                i = macroEnd;
                continue;
            }
            int semi = findSemi(i, end);
            if ((kw(i, FN) || kw(i, STATIC)) && i + 1 < end) {
                int nameAt = kw(i + 1, MUT) ? i + 2 : i + 1;
                if (t.isIdentLike(nameAt)) {
                    tally.foreignItems++;
                }
                scanTypes(i + 1, semi);
            }
            i = semi + 1;
        }
        return afterGroup(open, to);
    }

    // ---------------------------------------------------------------- types

    /**
     * Counts the expressions hidden in types: array lengths {@code [T; N * 2]} and const generic blocks
     * {@code {N + 1}}. Everything else in a type is skipped.
     */
    private void scanTypes(int i, int to) {
        while (i < to) {
            if (t.kind(i) == Tokens.OPEN) {
                int end = groupEnd(i, to);
                if (t.code(i) == '[') {
                    int semi = findSemi(i + 1, end);
                    scanTypes(i + 1, semi);
                    if (semi < end) {
                        expr(semi + 1, end, 0);
                    }
                } else if (t.code(i) == '{') {
                    if (i > 0 && (op(i - 1, '<') || op(i - 1, ','))) {
                        countExpr(1); // a const generic argument block: Foo<{ N + 1 }>
                        block(i, to);
                    }
                } else {
                    scanTypes(i + 1, end);
                }
                i = afterGroup(i, to);
            } else {
                i++;
            }
        }
    }

    /** Skips a generic argument list starting at the {@code <} at i. */
    private int skipAngle(int i, int to) {
        int d = 0;
        while (i < to) {
            if (t.kind(i) == Tokens.PUNCT) {
                switch (t.code(i)) {
                    case '<' -> d++;
                    case Op.SHL -> d += 2;
                    case '>', Op.GE -> d--;
                    case Op.SHR, Op.SHR_EQ -> d -= 2;
                    case ';' -> {
                        return i;
                    }
                    default -> {
                    }
                }
                i++;
                if (d <= 0) {
                    return i;
                }
            } else if (t.kind(i) == Tokens.OPEN && t.code(i) == '{' && d <= 0) {
                return i;
            } else {
                i = skipOne(i);
            }
        }
        return i;
    }

    /** Skips one type (after {@code as}, or a closure's return type). */
    private int skipType(int i, int to) {
        while (i < to) {
            if (op(i, '&') || op(i, Op.AND_AND) || op(i, '*')) {
                i++;
                if (i < to && t.kind(i) == Tokens.LIFETIME) {
                    i++;
                }
                if (kw(i, MUT) || kw(i, CONST)) {
                    i++;
                }
                continue;
            }
            if (kw(i, DYN) || kw(i, IMPL) || kw(i, UNSAFE)) {
                i++;
                continue;
            }
            if (kw(i, EXTERN)) {
                i++;
                if (i < to && t.kind(i) == Tokens.STRING) {
                    i++;
                }
                continue;
            }
            if (kw(i, FN)) {
                i++;
                if (open(i, '(')) {
                    i = afterGroup(i, to);
                }
                if (op(i, Op.ARROW)) {
                    return skipType(i + 1, to);
                }
                return i;
            }
            if (i < to && t.kind(i) == Tokens.OPEN && t.code(i) != '{') {
                return afterGroup(i, to);
            }
            if (op(i, '!') || kw(i, UNDERSCORE)) {
                return i + 1;
            }
            if (op(i, '<')) {
                i = skipAngle(i, to);
                if (!op(i, Op.PATH)) {
                    return i;
                }
            }
            if (op(i, Op.PATH)) {
                i++;
            }
            if (!t.isIdentLike(i)) {
                return i;
            }
            // a path: seg (::seg)* with generic args and Fn(A) -> B sugar
            while (i < to && t.isIdentLike(i)) {
                i++;
                if (op(i, Op.PATH) && op(i + 1, '<')) {
                    i++;
                }
                if (op(i, '<')) {
                    i = skipAngle(i, to);
                } else if (open(i, '(')) {
                    i = afterGroup(i, to);
                    if (op(i, Op.ARROW)) {
                        return skipType(i + 1, to);
                    }
                }
                if (op(i, Op.PATH)) {
                    i++;
                } else {
                    return i;
                }
            }
            return i;
        }
        return i;
    }

    // ---------------------------------------------------------------- statements

    /** A braced block at {@code open}: its statements. Returns the index after the block. */
    private int block(int open, int to) {
        int end = groupEnd(open, to);
        depth++;
        if (!tooDeep(open)) {
            statements(open + 1, end);
        }
        depth--;
        return afterGroup(open, to);
    }

    private void statements(int i, int to) {
        while (i < to) {
            if (op(i, ';')) {
                i++;
                continue;
            }
            int st = i;
            int k = i;
            while (op(k, '#') && k + 1 < to && (open(k + 1, '[') || (op(k + 1, '!') && open(k + 2, '[')))) {
                k = afterGroup(op(k + 1, '!') ? k + 2 : k + 1, to);
            }
            if (kw(k, LET)) {
                i = attrs(st, to, new Attrs());
                i = let(k + 1, to);
            } else if (looksLikeItem(k, to)) {
                i = item(st, to, CTX_BLOCK);
            } else {
                i = attrs(st, to, new Attrs());
                i = exprStatement(i, to);
            }
            if (i <= st) {
                i = skipOne(st);
            }
        }
    }

    private boolean looksLikeItem(int k, int to) {
        if (k >= to || t.kind(k) != Tokens.IDENT) {
            return false;
        }
        switch (t.code(k)) {
            case FN: case STRUCT: case ENUM: case TRAIT: case IMPL: case MOD: case USE: case TYPE: case PUB:
            case EXTERN:
                return true;
            case MACRO_RULES:
                return op(k + 1, '!');
            case UNION:
                return t.isIdentLike(k + 1) && !op(k + 2, '.');
            case AUTO:
                return kw(k + 1, TRAIT);
            case STATIC:
                return !op(k + 1, '|') && !op(k + 1, Op.OR_OR) && !kw(k + 1, MOVE) && !kw(k + 1, ASYNC);
            case CONST:
                return !open(k + 1, '{') && !op(k + 1, '|') && !op(k + 1, Op.OR_OR) && !kw(k + 1, MOVE)
                        && !kw(k + 1, ASYNC);
            case UNSAFE:
                return kw(k + 1, FN) || kw(k + 1, IMPL) || kw(k + 1, TRAIT) || kw(k + 1, EXTERN) || kw(k + 1, AUTO);
            case ASYNC:
                return kw(k + 1, FN) || (kw(k + 1, UNSAFE) && kw(k + 2, FN));
            default:
                return false;
        }
    }

    /** {@code let PAT (: TYPE)? (= EXPR (else { … })?)? ;} with i after {@code let}. */
    private int let(int i, int to) {
        int k = i;
        int angle = 0; // `=` inside generic arguments (Box<dyn F<Output = T>>) is not the initializer's
        while (k < to && !(angle <= 0 && op(k, '=')) && !op(k, ';')) {
            if (op(k, '<')) {
                angle++;
            } else if (op(k, '>')) {
                angle--;
            } else if (op(k, Op.SHR)) {
                angle -= 2;
            } else if (op(k, Op.SHR_EQ)) {
                angle -= 2;
                if (angle <= 0) {
                    break; // `let x: A<B<C>>= e`: the `=` is glued to the closing brackets
                }
            }
            k = skipOne(k);
        }
        int colon = i;
        while (colon < k && !op(colon, ':')) {
            colon = skipOne(colon);
        }
        scanTypes(colon, k);
        if (op(k, '=') || op(k, Op.SHR_EQ)) {
            k = expr(k + 1, to, 0);
            if (kw(k, ELSE) && open(k + 1, '{')) {
                countExpr(1); // the diverging else block is an Expr::Block
                k = block(k + 1, to);
            }
        }
        if (op(k, ';')) {
            k++;
        }
        return k;
    }

    private int exprStatement(int i, int to) {
        int k = expr(i, to, STMT);
        boolean semi = op(k, ';');
        if (!syn1 && (exprMacro == 2 || (exprMacro == 1 && semi))) {
            countExpr(-1); // syn 2 makes this a Stmt::Macro, not an expression
        }
        return semi ? k + 1 : k;
    }

    // ---------------------------------------------------------------- expressions

    /** One expression starting at i; returns the index after it (i when no expression starts there). */
    private int expr(int i, int to, int flags) {
        depth++;
        if (tooDeep(i)) {
            depth--;
            exprMacro = 0;
            return to;
        }
        int k = operand(i, to, flags);
        int macro = operandMacro;
        boolean single = true;
        if (k > i && !((flags & STMT) != 0 && stmtEnded)) {
            while (k < to) {
                if (kw(k, AS)) {
                    single = false;
                    countExpr(1);
                    k = skipType(k + 1, to);
                    continue;
                }
                if (t.kind(k) != Tokens.PUNCT || !Op.isBinary(t.code(k))) {
                    break;
                }
                int o = t.code(k);
                single = false;
                countExpr(1);
                k++;
                if ((o == Op.DOT2 || o == Op.DOT2_EQ || o == Op.DOT3) && !startsExpr(k, to, flags)) {
                    continue;
                }
                int next = operand(k, to, flags & ~STMT);
                if (next == k) {
                    break;
                }
                k = next;
            }
        }
        exprMacro = single ? macro : 0;
        depth--;
        return k;
    }

    /** Can an expression start at k? */
    private boolean startsExpr(int k, int to, int flags) {
        if (k >= to) {
            return false;
        }
        switch (t.kind(k)) {
            case Tokens.STRING: case Tokens.CHAR: case Tokens.NUMBER: case Tokens.LIFETIME: case Tokens.RAW_IDENT:
                return true;
            case Tokens.OPEN:
                return t.code(k) != '{' || (flags & NO_STRUCT) == 0;
            case Tokens.PUNCT:
                switch (t.code(k)) {
                    case '-': case '!': case '*': case '&': case Op.AND_AND: case '|': case Op.OR_OR: case '<':
                    case Op.SHL: case Op.PATH: case Op.DOT2: case Op.DOT2_EQ: case '#':
                        return true;
                    default:
                        return false;
                }
            case Tokens.IDENT:
                switch (t.code(k)) {
                    case ELSE: case AS: case IN: case WHERE: case FN: case STRUCT: case ENUM: case IMPL: case TRAIT:
                    case MOD: case USE: case TYPE: case PUB: case EXTERN: case MUT: case REF: case DYN:
                        return false;
                    default:
                        return true;
                }
            default:
                return false;
        }
    }

    private boolean blockLike(int k, int to, int flags) {
        if ((flags & STMT) != 0 && !(op(k, '.') || op(k, '?'))) {
            stmtEnded = true;
            return true;
        }
        return false;
    }

    /** Prefix operators, one primary expression and its postfix operators (call, method, field, index, ?, await). */
    private int operand(int i, int to, int flags) {
        int r = operandInner(i, to, flags);
        if (macroStart != startOfOperand(i, to)) {
            operandMacro = 0; // nested expressions (match arms, blocks) set it; only a bare macro here counts
        }
        return r;
    }

    private int startOfOperand(int i, int to) {
        while (op(i, '#') && open(i + 1, '[')) {
            i = afterGroup(i + 1, to);
        }
        return i;
    }

    private int operandInner(int i, int to, int flags) {
        operandMacro = 0;
        stmtEnded = false;
        while (op(i, '#') && open(i + 1, '[')) {
            i = afterGroup(i + 1, to);
        }
        if (i >= to) {
            return i;
        }
        int kind = t.kind(i);
        int code = t.code(i);
        int k;
        switch (kind) {
            case Tokens.PUNCT:
                switch (code) {
                    case '-': case '!': case '*':
                        countExpr(1);
                        return prefixed(i + 1, to, flags);
                    case '&':
                    case Op.AND_AND:
                        countExpr(code == '&' ? 1 : 2);
                        k = i + 1;
                        if (kw(k, MUT)) {
                            k++;
                        } else if (kw(k, RAW) && (kw(k + 1, CONST) || kw(k + 1, MUT))) {
                            k += 2;
                        }
                        return prefixed(k, to, flags);
                    case Op.DOT2: case Op.DOT2_EQ: case Op.DOT3:
                        countExpr(1);
                        k = i + 1;
                        if (startsExpr(k, to, flags)) {
                            k = prefixed(k, to, flags);
                        }
                        return k;
                    case '|': case Op.OR_OR:
                        return closure(i, to, flags);
                    case '<': case Op.SHL: case Op.PATH:
                        return pathExpr(i, to, flags); // <<A as B>::C as D>::f starts with <<
                    default:
                        return i;
                }
            case Tokens.OPEN:
                int end = groupEnd(i, to);
                if (code == '(') {
                    countExpr(1); // Paren or Tuple
                    exprList(i + 1, end, ',');
                    return postfix(afterGroup(i, to), to);
                }
                if (code == '[') {
                    countExpr(1); // Array or Repeat
                    exprList(i + 1, end, ';');
                    return postfix(afterGroup(i, to), to);
                }
                countExpr(1); // Block
                k = block(i, to);
                return blockLike(k, to, flags) ? k : postfix(k, to);
            case Tokens.LIFETIME:
                if (op(i + 1, ':')) {
                    return operand(i + 2, to, flags); // a label on a loop or block
                }
                return i;
            case Tokens.STRING: case Tokens.CHAR: case Tokens.NUMBER:
                return postfix(i + 1, to);
            case Tokens.RAW_IDENT:
                return pathExpr(i, to, flags);
            case Tokens.IDENT:
                return keywordOperand(i, to, flags, code);
            default:
                return i;
        }
    }

    /** The operand of a prefix operator: binds tighter than binary operators, so no binary chain here. */
    private int prefixed(int k, int to, int flags) {
        depth++;
        if (tooDeep(k)) {
            depth--;
            return to;
        }
        int r = operand(k, to, flags & ~STMT);
        operandMacro = 0;
        stmtEnded = false;
        depth--;
        return r;
    }

    private int keywordOperand(int i, int to, int flags, int code) {
        int k;
        switch (code) {
            case IF:
                k = ifExpr(i, to);
                return blockLike(k, to, flags) ? k : postfix(k, to);
            case MATCH:
                countExpr(1);
                k = expr(i + 1, to, NO_STRUCT);
                if (open(k, '{')) {
                    arms(k, to);
                    k = afterGroup(k, to);
                }
                return blockLike(k, to, flags) ? k : postfix(k, to);
            case LOOP:
                countExpr(1);
                k = open(i + 1, '{') ? block(i + 1, to) : i + 1;
                return blockLike(k, to, flags) ? k : postfix(k, to);
            case WHILE:
                countExpr(1);
                k = expr(i + 1, to, NO_STRUCT);
                if (open(k, '{')) {
                    k = block(k, to);
                }
                return blockLike(k, to, flags) ? k : postfix(k, to);
            case FOR:
                countExpr(1);
                k = i + 1;
                while (k < to && !kw(k, IN)) {
                    k = skipOne(k); // the pattern may hold braces: for Chunk { a, b } in it
                }
                if (kw(k, IN)) {
                    k = expr(k + 1, to, NO_STRUCT);
                }
                if (open(k, '{')) {
                    k = block(k, to);
                }
                return blockLike(k, to, flags) ? k : postfix(k, to);
            case UNSAFE:
                if (!open(i + 1, '{')) {
                    return i;
                }
                tally.unsafeBlocks++;
                if (fn != null) {
                    fn.blocks.add(t.line(i));
                }
                unsafeScopes++;
                k = block(i + 1, to);
                unsafeScopes--;
                return blockLike(k, to, flags) ? k : postfix(k, to);
            case ASYNC:
            case CONST:
            case TRY:
            case GEN:
                k = i + 1;
                if (kw(k, MOVE)) {
                    k++;
                }
                if (open(k, '{')) {
                    countExpr(1);
                    k = block(k, to);
                    return blockLike(k, to, flags) ? k : postfix(k, to);
                }
                if (code == ASYNC || code == CONST) {
                    return closure(i, to, flags);
                }
                return pathExpr(i, to, flags);
            case MOVE:
            case STATIC:
                return closure(i, to, flags);
            case LET:
                countExpr(1);
                k = i + 1;
                while (k < to && !op(k, '=')) {
                    if (op(k, ';') || op(k, Op.FAT_ARROW)) {
                        return k;
                    }
                    k = skipOne(k);
                }
                return k < to ? prefixed(k + 1, to, flags) : k;
            case RETURN:
            case BREAK:
            case YIELD:
            case BECOME:
                countExpr(1);
                k = i + 1;
                if (code == BREAK && k < to && t.kind(k) == Tokens.LIFETIME) {
                    k++;
                }
                if (startsExpr(k, to, flags)) {
                    return expr(k, to, flags & ~STMT);
                }
                return k;
            case CONTINUE:
                countExpr(1);
                k = i + 1;
                if (k < to && t.kind(k) == Tokens.LIFETIME) {
                    k++;
                }
                return k;
            case TRUE:
            case FALSE:
                return postfix(i + 1, to);
            case UNDERSCORE:
                countExpr(1); // Expr::Infer
                return i + 1;
            case ELSE: case AS: case IN: case WHERE: case FN: case STRUCT: case ENUM: case IMPL: case TRAIT:
            case MOD: case USE: case TYPE: case PUB: case EXTERN: case MUT: case REF: case DYN: case MACRO_RULES:
                return i;
            default:
                return pathExpr(i, to, flags);
        }
    }

    private int ifExpr(int i, int to) {
        countExpr(1);
        int k = expr(i + 1, to, NO_STRUCT);
        if (open(k, '{')) {
            k = block(k, to);
        }
        if (kw(k, ELSE)) {
            if (kw(k + 1, IF)) {
                depth++;
                if (tooDeep(k)) {
                    depth--;
                    return to;
                }
                k = ifExpr(k + 1, to);
                depth--;
            } else if (open(k + 1, '{')) {
                countExpr(1); // the else block is an Expr::Block
                k = block(k + 1, to);
            }
        }
        return k;
    }

    private void arms(int open, int to) {
        int end = groupEnd(open, to);
        int i = open + 1;
        while (i < end) {
            int st = i;
            i = attrs(i, end, new Attrs());
            while (i < end && !op(i, Op.FAT_ARROW) && !kw(i, IF)) {
                i = skipOne(i);
            }
            if (kw(i, IF)) {
                i = expr(i + 1, end, 0);
                while (i < end && !op(i, Op.FAT_ARROW)) {
                    i = skipOne(i);
                }
            }
            if (op(i, Op.FAT_ARROW)) {
                i = expr(i + 1, end, STMT);
            }
            while (i < end && !op(i, ',') && !isArmStartAfterBlock(i)) {
                i = skipOne(i); // recover from anything unexpected in the arm
            }
            if (op(i, ',')) {
                i++;
            }
            if (i <= st) {
                i = skipOne(st);
            }
        }
    }

    /** After a block-bodied arm the next arm may follow without a comma. */
    private boolean isArmStartAfterBlock(int i) {
        return i > 0 && t.kind(i - 1) == Tokens.CLOSE && t.code(i - 1) == '}';
    }

    private void exprList(int i, int to, char alt) {
        while (i < to) {
            int k = expr(i, to, 0);
            while (k < to && !op(k, ',') && !op(k, alt)) {
                k = skipOne(k); // not an expression we understand: skip to the next separator
            }
            i = k + 1;
        }
    }

    private int closure(int i, int to, int flags) {
        countExpr(1);
        int k = i;
        while (kw(k, STATIC) || kw(k, ASYNC) || kw(k, MOVE) || kw(k, CONST)) {
            k++;
        }
        if (op(k, Op.OR_OR)) {
            k++;
        } else if (op(k, '|')) {
            k++;
            while (k < to && !op(k, '|')) {
                k = skipOne(k);
            }
            k++;
        } else {
            return k;
        }
        if (op(k, Op.ARROW)) {
            k = skipType(k + 1, to);
        }
        if (k >= to) {
            return k;
        }
        int r = expr(k, to, flags & ~STMT);
        operandMacro = 0;
        stmtEnded = false;
        return r;
    }

    /** A path expression, maybe a macro call or a struct literal, then its postfix operators. */
    private int pathExpr(int i, int to, int flags) {
        int k = i;
        if (op(k, '<') || op(k, Op.SHL)) {
            k = skipAngle(k, to);
        }
        if (op(k, Op.PATH)) {
            k++;
        }
        while (k < to && (t.isIdentLike(k))) {
            k++;
            if (op(k, Op.PATH)) {
                if (op(k + 1, '<') || op(k + 1, Op.SHL)) {
                    k = skipAngle(k + 1, to);
                    if (!op(k, Op.PATH)) {
                        break;
                    }
                }
                k++;
            } else {
                break;
            }
        }
        if (k == i) {
            return i;
        }
        if (op(k, '!') && k + 1 < to && t.kind(k + 1) == Tokens.OPEN) {
            countExpr(1); // Expr::Macro
            int delim = t.code(k + 1);
            int after = afterGroup(k + 1, to);
            int r = postfix(after, to);
            operandMacro = r == after ? (delim == '{' ? 2 : 1) : 0;
            macroStart = i;
            if (delim == '{' && r == after && (flags & STMT) != 0) {
                stmtEnded = true;
            }
            return r;
        }
        if (open(k, '{') && (flags & NO_STRUCT) == 0) {
            countExpr(1); // Expr::Struct
            structFields(k + 1, groupEnd(k, to));
            return postfix(afterGroup(k, to), to);
        }
        return postfix(k, to);
    }

    private void structFields(int i, int to) {
        while (i < to) {
            int st = i;
            i = attrs(i, to, new Attrs());
            if (op(i, Op.DOT2)) {
                i = expr(i + 1, to, 0);
            } else if ((t.isIdentLike(i) || (i < to && t.kind(i) == Tokens.NUMBER)) && op(i + 1, ':')) {
                i = expr(i + 2, to, 0);
            } else if (t.isIdentLike(i)) {
                i++;
            }
            while (i < to && !op(i, ',')) {
                i = skipOne(i);
            }
            i++;
            if (i <= st) {
                i = st + 1;
            }
        }
    }

    private int postfix(int k, int to) {
        boolean any = false;
        while (k < to) {
            if (op(k, '?')) {
                countExpr(1);
                k++;
            } else if (op(k, '.')) {
                k++;
                if (kw(k, AWAIT)) {
                    countExpr(1);
                    k++;
                } else if (t.isIdentLike(k) || (k < to && t.kind(k) == Tokens.NUMBER)) {
                    k++;
                    if (op(k, Op.PATH) && (op(k + 1, '<') || op(k + 1, Op.SHL))) {
                        k = skipAngle(k + 1, to);
                    }
                    countExpr(1); // MethodCall or Field
                    if (open(k, '(')) {
                        exprList(k + 1, groupEnd(k, to), ',');
                        k = afterGroup(k, to);
                    }
                } else {
                    countExpr(1);
                }
            } else if (open(k, '(')) {
                countExpr(1); // Call
                exprList(k + 1, groupEnd(k, to), ',');
                k = afterGroup(k, to);
            } else if (open(k, '[')) {
                countExpr(1); // Index
                exprList(k + 1, groupEnd(k, to), ',');
                k = afterGroup(k, to);
            } else {
                break;
            }
            any = true;
        }
        if (any) {
            operandMacro = 0;
        }
        return k;
    }
}
