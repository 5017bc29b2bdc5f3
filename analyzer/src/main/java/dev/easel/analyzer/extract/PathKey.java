package dev.easel.analyzer.extract;

import dev.easel.analyzer.demangle.PathSyntax;

import java.util.ArrayList;
import java.util.List;

/**
 * A loose key for matching a path as MIR prints it ({@code Vec::<u8>::new}, {@code core::num::<impl u64>::f},
 * {@code <c::Inflate as ffi::Backend>::total_in}) with the demangled path of an IR symbol
 * ({@code <alloc::vec::Vec<u8>>::new}, {@code <u64>::f}, {@code <flate2::ffi::c::Inflate as flate2::ffi::Backend>::total_in}).
 * Generic arguments are dropped, an inherent {@code <Type>} or {@code <impl Type>} becomes the type's path, and the
 * two sides of {@code <A as B>} keep only their last segment. Used only to match functions between MIR and IR, never
 * to attribute crates.
 */
final class PathKey {
    private PathKey() {
    }

    static String of(String path) {
        return String.join("::", segments(path));
    }

    /** The key's segments, e.g. {@code [u64, wrapping_add]}. */
    static List<String> segments(String path) {
        List<String> raw = split(path.trim());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String seg = raw.get(i);
            if (seg.startsWith("<")) {
                String inner = seg.endsWith(">") ? seg.substring(1, seg.length() - 1) : seg.substring(1);
                if (inner.startsWith("impl at ")) {
                    out.add(seg); // a MIR impl location: matched by source position instead
                } else if (inner.startsWith("impl ")) {
                    out.clear(); // core::num::<impl u64>::f → u64::f
                    out.addAll(segments(inner.substring(5)));
                } else if (i > 0) {
                    continue; // turbofish generic arguments
                } else {
                    int as = PathSyntax.indexOfAs(inner);
                    if (as >= 0) {
                        out.add("<" + last(inner.substring(0, as)) + " as " + last(inner.substring(as + 4)) + ">");
                    } else {
                        out.addAll(segments(inner)); // <alloc::vec::Vec<u8>>::new → alloc::vec::Vec::new
                    }
                }
            } else {
                out.add(stripGenerics(seg));
            }
        }
        return out;
    }

    private static String last(String path) {
        List<String> s = segments(path);
        return s.isEmpty() ? path.trim() : s.get(s.size() - 1);
    }

    /** Drops {@code <…>} generic arguments from a segment such as {@code Vec<u8>}; keeps {@code {closure#0}}. */
    private static String stripGenerics(String seg) {
        int lt = seg.indexOf('<');
        if (lt <= 0 || seg.startsWith("{") || seg.startsWith("dyn ") || seg.startsWith("&")) {
            return seg;
        }
        return seg.substring(0, lt);
    }

    /** Splits at {@code ::} outside brackets. */
    static List<String> split(String path) {
        return PathSyntax.split(path);
    }
}
