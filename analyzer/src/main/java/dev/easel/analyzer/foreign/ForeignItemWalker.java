package dev.easel.analyzer.foreign;

import dev.easel.analyzer.cfg.CfgExpr;
import dev.easel.analyzer.cfg.CfgParser;
import dev.easel.analyzer.cfg.CfgSet;
import dev.easel.analyzer.cfg.CfgSyntaxException;
import dev.easel.analyzer.lexer.ModDecl;
import dev.easel.analyzer.lexer.Tokens;
import dev.easel.analyzer.model.ForeignInterface.Declaration;
import dev.easel.analyzer.model.ForeignInterface.LinkAttribute;
import dev.easel.analyzer.model.Problem;

import java.util.ArrayList;
import java.util.List;

import static dev.easel.analyzer.lexer.Keywords.*;

/**
 * Reads one file's items for its foreign interface, keeping only what a configuration compiles: an item whose
 * {@code #[cfg(…)]} fails is skipped with everything inside it (inline modules, extern blocks, foreign items),
 * {@code #[cfg_attr(p, a, …)]} applies {@code a, …} when {@code p} holds, {@code cfg_if!} takes its first branch whose
 * condition holds, and {@code #[link(name = …, cfg(p))]} counts when {@code p} holds. Function bodies are searched for
 * extern blocks too. Other macros' bodies are token trees rustc expands later and are not read. With no
 * configuration ({@code cfg == null}) every condition holds and every {@code cfg_if!} branch is read.
 * Nothing here throws for bad input: a predicate that cannot be read is reported and taken as true.
 */
final class ForeignItemWalker {

    private final Tokens t;
    private final String file;
    private final CfgSet cfg;
    private final List<Problem> problems;

    int externBlocks;
    final List<Declaration> declarations = new ArrayList<>();
    final List<LinkAttribute> links = new ArrayList<>();
    /** Active out-of-line {@code mod name;} declarations, for the walk of a module tree. */
    final List<ModDecl> modules = new ArrayList<>();

    ForeignItemWalker(Tokens tokens, String file, CfgSet cfg, List<Problem> problems) {
        this.t = tokens;
        this.file = file;
        this.cfg = cfg;
        this.problems = problems;
    }

    /** What the attributes in front of one item say. */
    private static final class Attrs {
        boolean active = true;
        String path;
        String linkName;
        final List<LinkAttribute> links = new ArrayList<>();
    }

    void walkFile() {
        items(0, t.size(), List.of());
    }

    // ---------------------------------------------------------------- helpers

    private boolean punct(int i, char c) {
        return t.isPunct(i, c);
    }

    private boolean kw(int i, int k) {
        return t.isKw(i, k);
    }

    private boolean open(int i, char c) {
        return t.isOpen(i, c);
    }

    /** Index just after the group opened at i, or {@code to} when unclosed. */
    private int after(int i, int to) {
        int p = t.partner(i);
        return p > i && p < to ? p + 1 : to;
    }

    /** End (the closing token's index) of the group opened at i, or {@code to} when unclosed. */
    private int end(int i, int to) {
        int p = t.partner(i);
        return p > i && p <= to ? p : to;
    }

    /** An identifier that is no keyword: a macro's or a path segment's name. */
    private boolean isName(int i) {
        return t.kind(i) == Tokens.RAW_IDENT || (t.kind(i) == Tokens.IDENT && t.code(i) == NONE);
    }

    private int skipOne(int i, int to) {
        return t.kind(i) == Tokens.OPEN ? after(i, to) : i + 1;
    }

    private boolean holds(CfgExpr e) {
        return cfg == null || e.test(cfg);
    }

    /** A predicate from [from, to); unreadable ones are reported and hold. */
    private boolean predicateHolds(int from, int to) {
        try {
            return holds(CfgParser.parse(t, from, to));
        } catch (CfgSyntaxException e) {
            problems.add(new Problem(Problem.Stage.SOURCE, file, e.line(), "unreadable cfg predicate: "
                    + e.getMessage() + "; taken as true"));
            return true;
        }
    }

    // ---------------------------------------------------------------- attributes

    /** Reads the outer attributes at i; returns the index after them. */
    private int attrs(int i, int to, Attrs a) {
        while (i < to && punct(i, '#') && open(i + 1, '[')) {
            attribute(i + 2, end(i + 1, to), a);
            i = after(i + 1, to);
        }
        return i;
    }

    private void attribute(int i, int end, Attrs a) {
        if (i >= end || !t.isIdentLike(i)) {
            return;
        }
        if (kw(i, UNSAFE) && open(i + 1, '(')) {
            attribute(i + 2, end(i + 1, end), a); // #[unsafe(…)] (edition 2024)
            return;
        }
        String name = t.identName(i);
        if (t.isPathSep(i + 1)) {
            return; // a tool or path attribute: #[rustfmt::skip]
        }
        switch (name) {
            case "cfg" -> {
                if (open(i + 1, '(') && !predicateHolds(i + 2, end(i + 1, end))) {
                    a.active = false;
                }
            }
            case "cfg_attr" -> {
                if (open(i + 1, '(')) {
                    cfgAttr(i + 2, end(i + 1, end), a);
                }
            }
            case "link" -> {
                if (open(i + 1, '(')) {
                    link(i + 2, end(i + 1, end), a, t.line(i));
                }
            }
            case "link_name" -> a.linkName = stringAfterEq(i + 1, end);
            case "path" -> a.path = stringAfterEq(i + 1, end);
            default -> {
            }
        }
    }

    /** {@code cfg_attr(predicate, attr, attr, …)}: the attributes apply when the predicate holds. */
    private void cfgAttr(int i, int end, Attrs a) {
        boolean applies;
        int k;
        try {
            CfgParser.Parsed p = CfgParser.parseAt(t, i, end);
            applies = holds(p.expr());
            k = p.end();
        } catch (CfgSyntaxException e) {
            problems.add(new Problem(Problem.Stage.SOURCE, file, e.line(), "unreadable cfg_attr predicate: "
                    + e.getMessage() + "; taken as true"));
            applies = true;
            k = i;
            while (k < end && !punct(k, ',')) {
                k = skipOne(k, end);
            }
        }
        if (!applies) {
            return;
        }
        while (k < end) {
            if (punct(k, ',')) {
                k++;
                continue;
            }
            int start = k;
            while (k < end && !punct(k, ',')) {
                k = skipOne(k, end);
            }
            attribute(start, k, a);
        }
    }

    /** {@code link(name = "x", kind = "static", modifiers = "-bundle", cfg(p), …)}. */
    private void link(int i, int end, Attrs a, int line) {
        String lib = null;
        String kind = null;
        String modifiers = null;
        boolean active = true;
        while (i < end) {
            if (t.isIdentLike(i) && punct(i + 1, '=') && i + 2 < end && t.kind(i + 2) == Tokens.STRING) {
                String key = t.identName(i);
                String value = t.stringValue(i + 2);
                switch (key) {
                    case "name" -> lib = lib == null ? value : lib;
                    case "kind" -> kind = kind == null ? value : kind;
                    case "modifiers" -> modifiers = modifiers == null ? value : modifiers;
                    default -> {
                    }
                }
                i += 3;
            } else if (t.isIdentLike(i) && t.identName(i).equals("cfg") && open(i + 1, '(')) {
                active &= predicateHolds(i + 2, end(i + 1, end));
                i = after(i + 1, end);
            } else {
                i = skipOne(i, end);
            }
        }
        if (lib != null && active) {
            a.links.add(new LinkAttribute(lib, kind, modifiers, file, line));
        }
    }

    private String stringAfterEq(int i, int end) {
        return punct(i, '=') && i + 1 < end && t.kind(i + 1) == Tokens.STRING ? t.stringValue(i + 1) : null;
    }

    // ---------------------------------------------------------------- items

    /**
     * The items of a module body (a file, an inline module, a chosen {@code cfg_if!} branch); returns early when an
     * inner {@code #![cfg(…)]} turns the whole module off.
     *
     * @param parents the inline modules around [from, to) ({@code name#path=dir} when one carries {@code #[path]})
     */
    private void items(int from, int to, List<String> parents) {
        int i = from;
        while (i < to && punct(i, '#') && punct(i + 1, '!') && open(i + 2, '[')) {
            Attrs inner = new Attrs();
            attribute(i + 3, end(i + 2, to), inner);
            if (!inner.active) {
                return;
            }
            i = after(i + 2, to);
        }
        while (i < to) {
            if (punct(i, ';')) {
                i++;
                continue;
            }
            int next = item(i, to, parents);
            i = next > i ? next : i + 1;
        }
    }

    /** Reads one item at i; returns the index after it. */
    private int item(int i, int to, List<String> parents) {
        Attrs a = new Attrs();
        int k = attrs(i, to, a);
        if (k >= to) {
            return k;
        }
        if (!a.active) {
            return skipItem(k, to);
        }
        if (kw(k, PUB)) {
            k++;
            if (open(k, '(')) {
                k = after(k, to);
            }
        }
        boolean isExtern = false;
        String abi = null;
        while (k < to) {
            if (kw(k, UNSAFE) && !open(k + 1, '{')) {
                k++;
            } else if (kw(k, EXTERN) && !kw(k + 1, CRATE)) {
                isExtern = true;
                k++;
                if (k < to && t.kind(k) == Tokens.STRING) {
                    abi = t.stringValue(k);
                    k++;
                }
            } else if ((kw(k, SAFE) || kw(k, CONST) || kw(k, ASYNC) || kw(k, DEFAULT))
                    && (kw(k + 1, FN) || kw(k + 1, UNSAFE) || kw(k + 1, EXTERN) || kw(k + 1, ASYNC)
                    || kw(k + 1, IMPL) || kw(k + 1, STATIC))) {
                k++;
            } else {
                break;
            }
        }
        if (k >= to) {
            return k;
        }
        if (isExtern && open(k, '{')) {
            return externBlock(k, to, abi == null ? "C" : abi, a);
        }
        if (t.kind(k) != Tokens.IDENT && t.kind(k) != Tokens.RAW_IDENT) {
            return k > i ? k : skipItem(k, to);
        }
        switch (t.code(k)) {
            case FN:
                return function(k, to);
            case MOD:
                return module(k, to, a, parents);
            case IMPL:
            case TRAIT:
                return implOrTrait(k, to, parents);
            case MACRO_RULES:
                return skipItem(k, to);
            default:
                int m = macro(k, to, parents);
                return m > k ? m : skipItem(k, to);
        }
    }

    /** Skips an item that holds nothing of interest: up to its {@code ;} or the end of its body. */
    private int skipItem(int i, int to) {
        while (i < to) {
            if (punct(i, ';')) {
                return i + 1;
            }
            if (open(i, '{')) {
                return after(i, to);
            }
            i = skipOne(i, to);
        }
        return to;
    }

    private int function(int i, int to) {
        int k = i + 1;
        while (k < to && !open(k, '{') && !punct(k, ';')) {
            k = skipOne(k, to);
        }
        if (open(k, '{')) {
            body(k + 1, end(k, to));
            return after(k, to);
        }
        return Math.min(k + 1, to);
    }

    /** A function body: extern blocks may be declared in any nested block. */
    private void body(int from, int to) {
        int i = from;
        while (i < to) {
            boolean candidate = (punct(i, '#') && open(i + 1, '[')) || kw(i, EXTERN) || kw(i, MOD) || kw(i, FN)
                    || (kw(i, UNSAFE) && kw(i + 1, EXTERN)) || (isName(i) && punct(i + 1, '!'));
            if (candidate) {
                int next = item(i, to, List.of());
                i = next > i ? next : i + 1;
            } else {
                i++; // step into groups: a block inside an if or a loop may declare items too
            }
        }
    }

    private int implOrTrait(int i, int to, List<String> parents) {
        int k = i + 1;
        while (k < to && !open(k, '{') && !punct(k, ';')) {
            k = skipOne(k, to);
        }
        if (open(k, '{')) {
            items(k + 1, end(k, to), parents);
            return after(k, to);
        }
        return Math.min(k + 1, to);
    }

    private int module(int i, int to, Attrs a, List<String> parents) {
        if (!t.isIdentLike(i + 1)) {
            return skipItem(i, to);
        }
        String name = t.identName(i + 1);
        if (punct(i + 2, ';')) {
            modules.add(new ModDecl(name, a.path, parents, false));
            return i + 3;
        }
        if (open(i + 2, '{')) {
            List<String> inner = new ArrayList<>(parents);
            inner.add(a.path == null ? name : name + "#path=" + a.path);
            items(i + 3, end(i + 2, to), inner);
            return after(i + 2, to);
        }
        return skipItem(i, to);
    }

    /** A macro invocation at item level: {@code cfg_if!} is read, others are skipped. Returns i when none. */
    private int macro(int i, int to, List<String> parents) {
        int k = i;
        String last = null;
        while (k < to && (isName(k) || t.isPathSep(k))) {
            if (isName(k)) {
                last = t.identName(k);
            }
            k++;
        }
        if (last == null || !punct(k, '!') || k + 1 >= to || t.kind(k + 1) != Tokens.OPEN) {
            return i; // `if !x`, `a != b` and the like are no macro calls
        }
        k++;
        if (last.equals("cfg_if") && open(k, '{')) {
            cfgIf(k + 1, end(k, to), parents);
        }
        k = after(k, to);
        return punct(k, ';') ? k + 1 : k;
    }

    /**
     * {@code cfg_if! { if #[cfg(a)] { … } else if #[cfg(b)] { … } else { … } }}: the first branch whose condition holds
     * is read as items (all branches when there is no configuration). Older forms list several {@code if} chains one
     * after another; each chain picks one branch.
     */
    private void cfgIf(int from, int to, List<String> parents) {
        int i = from;
        boolean chosen = false;
        while (i < to) {
            boolean conditional = kw(i, IF) && punct(i + 1, '#') && open(i + 2, '[');
            if (kw(i, ELSE)) {
                i++;
                continue;
            }
            if (conditional) {
                int attrEnd = end(i + 2, to);
                boolean holds = true;
                if (t.isIdentLike(i + 3) && t.identName(i + 3).equals("cfg") && open(i + 4, '(')) {
                    holds = predicateHolds(i + 5, end(i + 4, attrEnd));
                }
                int block = after(i + 2, to);
                if (!open(block, '{')) {
                    return; // not cfg_if's syntax: leave the rest unread
                }
                if (holds && (!chosen || cfg == null)) {
                    items(block + 1, end(block, to), parents);
                    chosen = true;
                }
                i = after(block, to);
                if (!kw(i, ELSE)) {
                    chosen = false; // the chain ends: a following `if` starts a new one
                }
            } else if (open(i, '{')) {
                if (!chosen || cfg == null) {
                    items(i + 1, end(i, to), parents); // the final else
                }
                chosen = false;
                i = after(i, to);
            } else {
                return;
            }
        }
    }

    private int externBlock(int open, int to, String abi, Attrs block) {
        externBlocks++;
        links.addAll(block.links);
        String library = block.links.isEmpty() ? null : block.links.get(0).name();
        String linkKind = block.links.isEmpty() ? null : block.links.get(0).kind();
        int end = end(open, to);
        int i = open + 1;
        while (i < end && punct(i, '#') && punct(i + 1, '!') && open(i + 2, '[')) {
            i = after(i + 2, end); // inner attributes of the block
        }
        while (i < end) {
            Attrs a = new Attrs();
            i = attrs(i, end, a);
            if (i >= end) {
                break;
            }
            int semi = i;
            while (semi < end && !punct(semi, ';')) {
                semi = skipOne(semi, end);
            }
            if (a.active) {
                int k = i;
                if (kw(k, PUB)) {
                    k++;
                    if (open(k, '(')) {
                        k = after(k, end);
                    }
                }
                while (kw(k, SAFE) || kw(k, UNSAFE)) {
                    k++;
                }
                if (kw(k, FN) || kw(k, STATIC)) {
                    int nameAt = kw(k + 1, MUT) ? k + 2 : k + 1;
                    if (t.isIdentLike(nameAt)) {
                        String name = a.linkName != null ? a.linkName : t.identName(nameAt);
                        declarations.add(new Declaration(name, kw(k, FN) ? "fn" : "static", abi, library, linkKind,
                                file, t.line(k)));
                    }
                }
            }
            i = semi + 1;
        }
        return after(open, to);
    }
}
