package dev.easel.analyzer.demangle;

/** Quotes characters the way Rust's {@code char::escape_debug} does, for const chars and strings in v0 symbols. */
final class RustChars {
    private RustChars() {
    }

    static void appendQuoted(StringBuilder out, char quote, int[] codePoints) {
        out.append(quote);
        for (int c : codePoints) {
            // Like rustc-demangle: a quote of the other kind is left as is.
            if ((quote == '"' && c == '\'') || (quote == '\'' && c == '"')) {
                out.append((char) c);
                continue;
            }
            appendEscaped(out, c);
        }
        out.append(quote);
    }

    private static void appendEscaped(StringBuilder out, int c) {
        switch (c) {
            case 0: out.append("\\0"); return;
            case '\t': out.append("\\t"); return;
            case '\r': out.append("\\r"); return;
            case '\n': out.append("\\n"); return;
            case '\\': out.append("\\\\"); return;
            case '"': out.append("\\\""); return;
            case '\'': out.append("\\'"); return;
            default:
                break;
        }
        if (isGraphemeExtend(c) || !isPrintable(c)) {
            out.append("\\u{").append(Integer.toHexString(c)).append('}');
        } else {
            out.appendCodePoint(c);
        }
    }

    // Java's Unicode tables stand in for Rust's generated ones; they agree on everything but rare code points.
    private static boolean isGraphemeExtend(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || c == 0x200C;
    }

    private static boolean isPrintable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
            case Character.SURROGATE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return false;
            case Character.SPACE_SEPARATOR:
                return c == ' ';
            default:
                return true;
        }
    }
}
