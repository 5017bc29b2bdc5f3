package dev.easel.analyzer.lexer;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where rustc looks for the file of {@code mod name;} (the Reference, "Module Source Filenames"): beside a
 * mod-rs file (crate root, {@code mod.rs}, or a file reached through {@code #[path]}) as {@code name.rs} or
 * {@code name/mod.rs}; below {@code stem/} for other files; inline {@code mod a { mod b; }} blocks add their
 * names as folders; {@code #[path]} is relative to the current file's folder (outside inline blocks) or to the
 * inline blocks' folder.
 */
public final class ModuleFiles {
    public record Resolved(Path file, boolean modRs) {
    }

    private ModuleFiles() {
    }

    public static Resolved resolve(Path current, boolean currentIsModRs, ModDecl decl) {
        Path dir = current.getParent();
        if (decl.pathAttribute() != null && decl.inlineParents().isEmpty()) {
            Path f = dir.resolve(decl.pathAttribute());
            return Files.isRegularFile(f) ? new Resolved(f, true) : null;
        }
        Path base = currentIsModRs ? dir : dir.resolve(stem(current));
        for (String parent : decl.inlineParents()) {
            int at = parent.indexOf("#path=");
            base = at >= 0 ? base.resolve(parent.substring(at + 6)) : base.resolve(parent);
        }
        if (decl.pathAttribute() != null) {
            Path f = base.resolve(decl.pathAttribute());
            return Files.isRegularFile(f) ? new Resolved(f, true) : null;
        }
        Path flat = base.resolve(decl.name() + ".rs");
        if (Files.isRegularFile(flat)) {
            return new Resolved(flat, false);
        }
        Path nested = base.resolve(decl.name()).resolve("mod.rs");
        return Files.isRegularFile(nested) ? new Resolved(nested, true) : null;
    }

    public static String childPath(String parentModule, ModDecl decl) {
        StringBuilder sb = new StringBuilder(parentModule);
        for (String p : decl.inlineParents()) {
            int at = p.indexOf("#path=");
            sb.append(sb.length() == 0 ? "" : "::").append(at >= 0 ? p.substring(0, at) : p);
        }
        return sb.append(sb.length() == 0 ? "" : "::").append(decl.name()).toString();
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".rs") ? n.substring(0, n.length() - 3) : n;
    }
}
