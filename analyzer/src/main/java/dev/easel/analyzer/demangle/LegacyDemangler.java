package dev.easel.analyzer.demangle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The legacy scheme: {@code _ZN} then length-prefixed elements then {@code E}; the last element is usually the
 * {@code h<16 hex>} hash. Elements escape punctuation as {@code $LT$}, {@code $u20$}, … and write {@code ::} as
 * {@code ..}.
 */
final class LegacyDemangler {
    private LegacyDemangler() {
    }

    /** @param start index of the first element (after {@code _ZN} or {@code __ZN}); null when malformed */
    static DemangledSymbol demangle(String s, int start) {
        int n = s.length();
        for (int i = start; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return null;
            }
        }
        List<String> elements = new ArrayList<>();
        int i = start;
        if (i >= n) {
            return null;
        }
        while (s.charAt(i) != 'E') {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            long len = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                len = len * 10 + (s.charAt(i) - '0');
                if (len > n) {
                    return null;
                }
                i++;
            }
            // The next character after the element must exist too (another element or the closing 'E').
            if (i + len >= n) {
                return null;
            }
            elements.add(s.substring(i, i + (int) len));
            i += (int) len;
        }
        String suffix = s.substring(i + 1);
        if (!RustDemangler.isKeptSuffix(suffix)) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder full = new StringBuilder();
        for (int e = 0; e < elements.size(); e++) {
            String element = elements.get(e);
            boolean hash = e + 1 == elements.size() && isRustHash(element);
            if (e != 0) {
                full.append("::");
                if (!hash) {
                    plain.append("::");
                }
            }
            int before = full.length();
            unescape(element, full);
            if (!hash) {
                plain.append(full, before, full.length());
            }
        }
        plain.append(suffix);
        full.append(suffix);
        String display = plain.toString();
        List<String> crates = cratesMentioned(display);
        return new DemangledSymbol(Scheme.LEGACY, display, full.toString(), owningCrate(display, crates),
                null, null, crates);
    }

    private static boolean isRustHash(String element) {
        if (element.isEmpty() || element.charAt(0) != 'h') {
            return false;
        }
        for (int i = 1; i < element.length(); i++) {
            if (Character.digit(element.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Decodes one element; an unknown {@code $…$} escape stops decoding and the rest is printed verbatim. */
    private static void unescape(String element, StringBuilder out) {
        String rest = element.startsWith("_$") ? element.substring(1) : element;
        int p = 0;
        int n = rest.length();
        while (p < n) {
            char c = rest.charAt(p);
            if (c == '.') {
                if (p + 1 < n && rest.charAt(p + 1) == '.') {
                    out.append("::");
                    p += 2;
                } else {
                    out.append('.');
                    p++;
                }
            } else if (c == '$') {
                int end = rest.indexOf('$', p + 1);
                if (end < 0) {
                    break;
                }
                String decoded = decodeEscape(rest.substring(p + 1, end));
                if (decoded == null) {
                    break;
                }
                out.append(decoded);
                p = end + 1;
            } else {
                int q = p;
                while (q < n && rest.charAt(q) != '$' && rest.charAt(q) != '.') {
                    q++;
                }
                out.append(rest, p, q);
                p = q;
            }
        }
        out.append(rest, p, n);
    }

    private static String decodeEscape(String escape) {
        switch (escape) {
            case "SP": return "@";
            case "BP": return "*";
            case "RF": return "&";
            case "LT": return "<";
            case "GT": return ">";
            case "LP": return "(";
            case "RP": return ")";
            case "C": return ",";
            default:
                break;
        }
        if (escape.length() < 2 || escape.charAt(0) != 'u') {
            return null;
        }
        int code = 0;
        for (int i = 1; i < escape.length(); i++) {
            char d = escape.charAt(i);
            int v = (d >= '0' && d <= '9') ? d - '0' : (d >= 'a' && d <= 'f') ? d - 'a' + 10 : -1;
            if (v < 0) {
                return null;
            }
            code = code * 16 + v;
            if (code > Character.MAX_CODE_POINT) {
                return null;
            }
        }
        boolean surrogate = code >= 0xD800 && code <= 0xDFFF;
        if (surrogate || Character.getType(code) == Character.CONTROL) {
            return null;
        }
        return new String(Character.toChars(code));
    }

    /**
     * Legacy symbols do not name the defining crate; take the Self type's crate of an impl ({@code <T as Trait>}
     * or {@code <T>}), falling back to the trait's, else the first path segment.
     */
    private static String owningCrate(String display, List<String> crates) {
        if (display.startsWith("<")) {
            int depth = 0;
            int asAt = -1;
            int end = -1;
            for (int i = 0; i < display.length() && end < 0; i++) {
                char c = display.charAt(i);
                if (c == '<') {
                    depth++;
                } else if (c == '>') {
                    depth--;
                    if (depth == 0) {
                        end = i;
                    }
                } else if (depth == 1 && asAt < 0 && display.startsWith(" as ", i)) {
                    asAt = i;
                }
            }
            if (end > 0) {
                String selfType = display.substring(1, asAt > 0 ? asAt : end);
                String crate = leadingCrate(selfType);
                if (crate == null && asAt > 0) {
                    crate = leadingCrate(display.substring(asAt + 4, end));
                }
                if (crate != null) {
                    return crate;
                }
            }
        }
        String first = leadingCrate(display);
        if (first != null) {
            return first;
        }
        return crates.isEmpty() ? null : crates.get(0);
    }

    /** The first segment of a type's path, after reference, pointer, slice, tuple and dyn punctuation. */
    private static String leadingCrate(String type) {
        int i = 0;
        int n = type.length();
        while (i < n) {
            if ("&*[(<".indexOf(type.charAt(i)) >= 0 || type.charAt(i) == ' ') {
                i++;
            } else if (type.startsWith("mut ", i)) {
                i += 4;
            } else if (type.startsWith("const ", i)) {
                i += 6;
            } else if (type.startsWith("dyn ", i)) {
                i += 4;
            } else {
                break;
            }
        }
        int j = i;
        while (j < n && isIdentChar(type.charAt(j))) {
            j++;
        }
        if (j > i && type.startsWith("::", j)) {
            return type.substring(i, j);
        }
        return null;
    }

    /** Identifiers that start a path ({@code name::} not preceded by {@code ::}). */
    private static List<String> cratesMentioned(String display) {
        Set<String> crates = new LinkedHashSet<>();
        int n = display.length();
        int i = 0;
        while (i < n) {
            if (!isIdentChar(display.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isIdentChar(display.charAt(j))) {
                j++;
            }
            boolean startsPath = i == 0 || display.charAt(i - 1) != ':';
            boolean numeric = display.charAt(i) >= '0' && display.charAt(i) <= '9';
            if (startsPath && !numeric && display.startsWith("::", j)) {
                crates.add(display.substring(i, j));
            }
            i = j;
        }
        return new ArrayList<>(crates);
    }

    private static boolean isIdentChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                || c >= 0x80;
    }
}
