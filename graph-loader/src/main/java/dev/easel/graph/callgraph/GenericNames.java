package dev.easel.graph.callgraph;

/**
 * The name of a generic function without its generic arguments, so that monomorphised copies
 * ({@code <alloc::vec::Vec<u8>>::push}, {@code <alloc::vec::Vec<i32>>::push}) fall into one group
 * ({@code <alloc::vec::Vec>::push}). A {@code <...>} group is an argument list when it follows an identifier or
 * {@code ::} (turbofish, which is dropped with it); a group at the start of a path ({@code <T as Trait>},
 * {@code <Type>}, {@code <impl at src/lib.rs:16:1: 16:7>}) is a qualified path and is kept, with the argument lists
 * inside it removed.
 */
public final class GenericNames {

    private GenericNames() {
    }

    public static String withoutGenericArgs(String name) {
        if (name == null || name.indexOf('<') < 0) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c == '<' && isArgumentList(out)) {
                int end = matching(name, i);
                if (end < 0) {
                    out.append(name, i, name.length()); // unbalanced: keep the rest as written
                    break;
                }
                if (out.length() >= 2 && out.charAt(out.length() - 1) == ':' && out.charAt(out.length() - 2) == ':') {
                    out.setLength(out.length() - 2); // turbofish
                }
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isArgumentList(StringBuilder before) {
        if (before.length() == 0) {
            return false;
        }
        char p = before.charAt(before.length() - 1);
        if (p == ':') {
            return before.length() >= 2 && before.charAt(before.length() - 2) == ':';
        }
        return Character.isLetterOrDigit(p) || p == '_' || p == '}';
    }

    /** Index of the '>' closing the '<' at {@code open}, ignoring "->" arrows; -1 when unbalanced. */
    private static int matching(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && (i == 0 || s.charAt(i - 1) != '-')) {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }
}
