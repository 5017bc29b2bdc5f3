package dev.easel.analyzer.pipeline;

import dev.easel.analyzer.model.FunctionInfo;
import dev.easel.analyzer.model.UnsafeCounters.UnsafeFunction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the graph's functions that the source scan says are unsafe or hold unsafe blocks. Debug info gives each IR
 * function its file and line, which is exact; for functions without it, the last two path segments
 * ({@code Holder::call_nothing}, {@code unsafe_zoo::read_raw}) are compared.
 */
final class UnsafeFunctionIndex {

    private final String root;
    private final Set<String> byLocation = new HashSet<>();
    private final Set<String> byTail = new HashSet<>();

    /** @param crateName the crate's name as paths spell it ('-' read as '_') */
    UnsafeFunctionIndex(String crateName, List<UnsafeFunction> unsafeFunctions) {
        root = crateName.replace('-', '_');
        for (UnsafeFunction u : unsafeFunctions) {
            byLocation.add(normalizeFile(u.file()) + ":" + u.line());
            byTail.add(tail(root + "::" + u.path()));
        }
    }

    /** Only this crate's own code: generic code of other crates instantiated here has their files. */
    boolean matches(FunctionInfo f) {
        if (!root.equals(f.crate())) {
            return false;
        }
        if (f.file() != null && f.line() > 0) {
            return byLocation.contains(normalizeFile(f.file()) + ":" + f.line());
        }
        return f.name() != null && byTail.contains(tail(simplify(f.name())));
    }

    /** Debug info may hold absolute paths of the work copy; the scan holds paths relative to the crate. */
    private static String normalizeFile(String file) {
        String f = file.replace('\\', '/');
        int src = f.lastIndexOf("/src/");
        if (src >= 0) {
            return f.substring(src + 1);
        }
        return f.startsWith("./") ? f.substring(2) : f;
    }

    /** {@code <unsafe_zoo::Holder>::call_nothing} → {@code unsafe_zoo::Holder::call_nothing}; generics dropped. */
    private static String simplify(String name) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '<') {
                if (i > 0 && name.startsWith("::", i - 2)) {
                    depth++; // ::<generic args>
                }
                continue;
            }
            if (c == '>') {
                if (depth > 0) {
                    depth--;
                }
                continue;
            }
            if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString().replace("::::", "::");
    }

    private static String tail(String path) {
        String[] parts = path.split("::");
        return parts.length < 2 ? path : parts[parts.length - 2] + "::" + parts[parts.length - 1];
    }
}
