package dev.easel.graph.advisory;

import dev.easel.analyzer.demangle.PathSyntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Comparable forms of Rust paths, so that an advisory's {@code crate_name::Type::method} meets a function's
 * demangled name. A path becomes its segments with generic arguments removed ({@code Vec<u8>} and the turbofish
 * {@code ::<u8>} alike), the crate segment's hyphens turned into underscores, and a qualified first segment opened
 * up:
 * <ul>
 *   <li>{@code <vuln_lib::Parser>::feed} (an inherent impl, as v0 symbols demangle) has the one form
 *       {@code vuln_lib::Parser::feed};</li>
 *   <li>{@code <vuln_lib::Parser as vuln_lib::Sanitize>::sanitize} (a trait impl) has two: the type's
 *       {@code vuln_lib::Parser::sanitize} and the trait's {@code vuln_lib::Sanitize::sanitize};</li>
 *   <li>references, raw pointers and {@code dyn} in the self type are dropped ({@code <&T as Trait>::f} is
 *       {@code T::f});</li>
 *   <li>MIR's {@code <impl at src/lib.rs:16:1: 16:7>} segment is kept as one segment (the type is not known there).</li>
 * </ul>
 */
final class RustPath {

    /** One form of a name: its segments, and whether it is the trait's form of a trait impl. */
    record Form(List<String> segments, boolean viaTrait) {
        String key() {
            return String.join("::", segments);
        }
    }

    private RustPath() {
    }

    /** The forms a demangled function name (or an advisory path) answers to; the type's form first. */
    static List<Form> forms(String path) {
        List<String> raw = split(path.strip());
        if (raw.isEmpty()) {
            return List.of();
        }
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < raw.size(); i++) {
            String seg = raw.get(i);
            if (seg.startsWith("<") && !isImplLocation(seg)) {
                continue; // turbofish generic arguments
            }
            rest.add(withoutArgs(seg));
        }
        String first = raw.get(0);
        if (!first.startsWith("<") || first.startsWith("<impl at ")) {
            List<String> segs = new ArrayList<>();
            segs.add(crateSegment(withoutArgs(first)));
            segs.addAll(rest);
            return List.of(new Form(segs, false));
        }
        String inner = first.endsWith(">") ? first.substring(1, first.length() - 1) : first.substring(1);
        int as = PathSyntax.indexOfAs(inner);
        List<Form> out = new ArrayList<>(2);
        out.add(new Form(join(typePath(as < 0 ? inner : inner.substring(0, as)), rest), false));
        if (as >= 0) {
            out.add(new Form(join(typePath(inner.substring(as + 4)), rest), true));
        }
        return out;
    }

    /** The crate segment as advisories write it and symbols spell it: underscores. */
    static String crateSegment(String segment) {
        return segment.replace('-', '_');
    }

    static boolean isImplLocation(String segment) {
        return segment.startsWith("<impl at ");
    }

    private static List<String> join(List<String> head, List<String> rest) {
        List<String> out = new ArrayList<>(head.size() + rest.size());
        out.addAll(head);
        out.addAll(rest);
        if (!out.isEmpty()) {
            out.set(0, crateSegment(out.get(0)));
        }
        return out;
    }

    /** The segments of a self type or trait: {@code &mut a::B<T>} gives {@code [a, B]}. */
    private static List<String> typePath(String type) {
        String t = type.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String prefix : new String[] {"&mut ", "&", "*const ", "*mut ", "dyn ", "mut "}) {
                if (t.startsWith(prefix)) {
                    t = t.substring(prefix.length()).strip();
                    changed = true;
                }
            }
        }
        List<String> out = new ArrayList<>();
        List<String> parts = split(t);
        for (int i = 0; i < parts.size(); i++) {
            String seg = parts.get(i);
            if (i > 0 && seg.startsWith("<")) {
                continue;
            }
            out.add(withoutArgs(seg));
        }
        return out;
    }

    /** {@code Vec<u8>} → {@code Vec}; {@code {closure#0}} and bracketed forms stay. */
    private static String withoutArgs(String segment) {
        int lt = segment.indexOf('<');
        if (lt <= 0 || segment.startsWith("{") || segment.startsWith("(") || segment.startsWith("[")) {
            return segment;
        }
        return segment.substring(0, lt).strip();
    }

    /** Splits at {@code ::} outside brackets; segments stripped, empty ones dropped. */
    static List<String> split(String path) {
        return PathSyntax.split(path).stream().map(String::strip).filter(seg -> !seg.isEmpty()).toList();
    }
}
