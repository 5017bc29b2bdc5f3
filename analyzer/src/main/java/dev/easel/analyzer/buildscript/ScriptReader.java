package dev.easel.analyzer.buildscript;

import dev.easel.analyzer.model.BuildScriptEffect;
import dev.easel.analyzer.nativecode.BuildMechanisms;
import dev.easel.analyzer.lexer.ModuleTree;
import dev.easel.analyzer.lexer.Tokens;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.easel.analyzer.model.BuildScriptEffect.BINDGEN;
import static dev.easel.analyzer.model.BuildScriptEffect.CFG;
import static dev.easel.analyzer.model.BuildScriptEffect.CODEGEN;
import static dev.easel.analyzer.model.BuildScriptEffect.DOWNLOAD;
import static dev.easel.analyzer.model.BuildScriptEffect.ENV_READ;
import static dev.easel.analyzer.model.BuildScriptEffect.FS_READ_OUTSIDE;
import static dev.easel.analyzer.model.BuildScriptEffect.FS_WRITE_ELSEWHERE;
import static dev.easel.analyzer.model.BuildScriptEffect.FS_WRITE_OUT_DIR;
import static dev.easel.analyzer.model.BuildScriptEffect.NATIVE_COMPILE;
import static dev.easel.analyzer.model.BuildScriptEffect.NATIVE_PROBE;
import static dev.easel.analyzer.model.BuildScriptEffect.NETWORK;
import static dev.easel.analyzer.model.BuildScriptEffect.PROCESS_SPAWN;
import static dev.easel.analyzer.model.BuildScriptEffect.RERUN_IF;

/**
 * Reads one file of a build script's module tree for effects, from its tokens (comments never match, string
 * literals only where they are values). The rules, and what each cannot see, are in docs/build-scripts.md.
 */
final class ScriptReader {

    /** Mechanisms of {@link BuildMechanisms} and the effect each is. */
    private static final Map<String, BuildScriptEffect> MECHANISMS = Map.ofEntries(
            Map.entry("cc", NATIVE_COMPILE), Map.entry("cmake", NATIVE_COMPILE), Map.entry("autotools", NATIVE_COMPILE),
            Map.entry("make", NATIVE_COMPILE), Map.entry("nmake", NATIVE_COMPILE), Map.entry("configure", NATIVE_COMPILE),
            Map.entry("ninja", NATIVE_COMPILE), Map.entry("meson", NATIVE_COMPILE), Map.entry("autoreconf", NATIVE_COMPILE),
            Map.entry("nasm", NATIVE_COMPILE), Map.entry("cxx-build", NATIVE_COMPILE),
            Map.entry("pkg-config", NATIVE_PROBE), Map.entry("vcpkg", NATIVE_PROBE),
            Map.entry("system-deps", NATIVE_PROBE), Map.entry("bindgen", BINDGEN));
    /** Crates (as written in code) that run rustc to probe the compiler. */
    static final Set<String> RUSTC_PROBES = Set.of("autocfg", "version_check", "rustc_version");
    /** HTTP clients: using one is network access, and downloading is what build scripts use them for. */
    static final Set<String> HTTP_CLIENTS = Set.of("reqwest", "ureq", "curl", "attohttpc", "minreq", "isahc", "chttp",
            "hyper", "surf", "http_req", "tinyget", "ehttp", "ftp");
    private static final Set<String> STD_NET = Set.of("TcpStream", "UdpSocket", "TcpListener", "ToSocketAddrs");
    private static final Set<String> DOWNLOADERS = Set.of("curl", "wget");
    private static final Set<String> GIT_FETCHES = Set.of("clone", "fetch", "pull", "submodule", "ls-remote");
    /** Macros whose string arguments are messages, not paths. */
    private static final Set<String> MESSAGE_MACROS = Set.of("println", "print", "eprintln", "eprint", "format",
            "format_args", "write", "writeln", "panic", "assert", "assert_eq", "assert_ne", "debug_assert",
            "unreachable", "todo", "unimplemented", "compile_error", "concat");
    private static final Set<String> WRITE_FNS = Set.of("write", "create_dir", "create_dir_all", "remove_file",
            "remove_dir", "remove_dir_all", "set_permissions");
    /** fs functions whose second argument is the written path. */
    private static final Set<String> WRITE_SECOND = Set.of("copy", "rename", "hard_link");
    private static final Set<String> READ_FNS = Set.of("read", "read_to_string", "read_dir", "metadata",
            "symlink_metadata", "canonicalize", "read_link");

    private final ModuleTree.LexedFile file;
    private final Tokens t;
    private final PathFlow flow;
    private final Findings out;
    /** String literals already judged as a written or read path, so the loose host-path rule skips them. */
    private final Set<Integer> judged = new HashSet<>();
    private boolean bareEnvImport;
    private boolean usesAutocfg;

    ScriptReader(ModuleTree.LexedFile file, PathFlow flow, Findings out) {
        this.file = file;
        this.t = file.tokens();
        this.flow = flow;
        this.out = out;
    }

    void read() {
        for (BuildMechanisms.Use u : BuildMechanisms.uses(t)) {
            add(MECHANISMS.getOrDefault(u.mechanism(), NATIVE_COMPILE), u.mechanism(), u.line());
        }
        prescan();
        for (int i = 0; i < t.size(); i++) {
            if (t.kind(i) == Tokens.STRING) {
                directives(i);
            } else if (t.isIdentLike(i)) {
                ident(i);
            }
        }
        hostPathLiterals();
    }

    private void prescan() {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.isIdentLike(i) && t.identName(i).equals("env") && t.isPathSep(i + 1)) {
                // use std::env::var; or use std::env::{self, var};
                if (t.isIdentLike(i + 2) && (t.identName(i + 2).equals("var") || t.identName(i + 2).equals("var_os"))
                        && (t.isPunct(i + 3, ';') || t.isPunct(i + 3, ','))) {
                    bareEnvImport = true;
                } else if (t.isOpen(i + 2, '{') && t.partner(i + 2) > 0) {
                    for (int k = i + 3; k < t.partner(i + 2); k++) {
                        bareEnvImport |= t.isIdentLike(k) && (t.identName(k).equals("var") || t.identName(k).equals("var_os"));
                    }
                }
            }
            usesAutocfg |= t.isIdentLike(i) && t.identName(i).equals("autocfg");
        }
    }

    private void ident(int i) {
        String name = t.identName(i);
        boolean afterDot = i > 0 && t.isPunct(i - 1, '.');
        boolean afterPath = i > 0 && t.isPathSep(i - 1);
        String qualifier = afterPath && i > 1 && t.isIdentLike(i - 2) ? t.identName(i - 2) : null;
        boolean call = t.isOpen(i + 1, '(') && t.partner(i + 1) > 0;
        boolean macro = t.isPunct(i + 1, '!') && t.kind(i + 2) == Tokens.OPEN && t.partner(i + 2) > 0;

        if (name.equals("Command") && t.isPathSep(i + 1) && t.isIdentLike(i + 2) && t.identName(i + 2).equals("new")
                && t.isOpen(i + 3, '(')) {
            spawn(i, i + 3);
        } else if ((name.equals("var") || name.equals("var_os")) && call && !afterDot
                && ("env".equals(qualifier) || (!afterPath && bareEnvImport))) {
            envRead(i, i + 1);
        } else if ((name.equals("vars") || name.equals("vars_os")) && call && "env".equals(qualifier)) {
            add(ENV_READ, "(all)", t.line(i));
        } else if ((name.equals("env") || name.equals("option_env")) && macro && t.kind(i + 3) == Tokens.STRING) {
            String var = t.stringValue(i + 3);
            if (!CargoEnv.isCargos(var)) {
                add(ENV_READ, var, t.line(i));
            }
        } else if (STD_NET.contains(name) && !afterDot) {
            add(NETWORK, "std::net::" + name, t.line(i));
        } else if (HTTP_CLIENTS.contains(name) && !afterPath && !afterDot && (t.isPathSep(i + 1) || isImport(i))) {
            add(NETWORK, name, t.line(i));
            add(DOWNLOAD, name, t.line(i));
        } else if (RUSTC_PROBES.contains(name) && !afterPath && !afterDot && (t.isPathSep(i + 1) || isImport(i))) {
            add(PROCESS_SPAWN, "rustc (" + name + ")", t.line(i));
        } else if (usesAutocfg && afterDot && name.startsWith("emit") && call) {
            int arg = i + 2;
            add(CFG, t.kind(arg) == Tokens.STRING ? t.stringValue(arg) : "(autocfg)", t.line(i));
        } else if (call && "fs".equals(qualifier) && (WRITE_FNS.contains(name) || WRITE_SECOND.contains(name))) {
            int open = i + 1;
            if (WRITE_SECOND.contains(name)) {
                read(open, argument(open, 0));
                write(open, argument(open, 1));
            } else {
                write(open, argument(open, 0));
            }
        } else if (call && "File".equals(qualifier) && (name.equals("create") || name.equals("create_new"))) {
            write(i + 1, argument(i + 1, 0));
        } else if (call && afterDot && name.equals("write_to_file")) {
            write(i + 1, argument(i + 1, 0)); // bindgen / cbindgen output
        } else if (call && afterDot && name.equals("open") && statementMentions(i, "OpenOptions", "options")) {
            write(i + 1, argument(i + 1, 0));
        } else if (call && ("fs".equals(qualifier) && READ_FNS.contains(name) || "File".equals(qualifier)
                && name.equals("open"))) {
            read(i + 1, argument(i + 1, 0));
        } else if (macro && (name.equals("include_str") || name.equals("include_bytes"))
                && t.kind(i + 3) == Tokens.STRING) {
            includeRead(i + 3);
        }
    }

    private boolean isImport(int i) {
        return i > 0 && t.isIdentLike(i - 1) && (t.identName(i - 1).equals("use") || t.identName(i - 1).equals("crate"));
    }

    /** {@code Command::new(…)}: the program, and whether it is a downloader or a git fetch. */
    private void spawn(int at, int open) {
        int close = t.partner(open);
        String program = close == open + 2 && t.kind(open + 1) == Tokens.STRING ? t.stringValue(open + 1) : null;
        String base = program == null ? computedProgram(open, close) : Path.of(program).getFileName() == null
                ? program : Path.of(program).getFileName().toString();
        add(PROCESS_SPAWN, base, t.line(at));
        if (DOWNLOADERS.contains(base)) {
            add(NETWORK, base, t.line(at));
            add(DOWNLOAD, base, t.line(at));
        } else if (base.equals("git")) {
            int end = PathFlow.statementEnd(t, close + 1, ';');
            for (int k = close + 1; k < end; k++) {
                if (t.kind(k) == Tokens.STRING && GIT_FETCHES.contains(t.stringValue(k))) {
                    add(NETWORK, "git " + t.stringValue(k), t.line(at));
                    add(DOWNLOAD, "git " + t.stringValue(k), t.line(at));
                }
            }
        }
    }

    /** A program named by an expression: the compiler when it comes from RUSTC (the usual rustc probe). */
    private String computedProgram(int open, int close) {
        for (int k = open + 1; k < close; k++) {
            if ((t.kind(k) == Tokens.STRING && t.stringValue(k).equals("RUSTC"))
                    || (t.isIdentLike(k) && t.identName(k).equals("rustc"))) {
                return "rustc";
            }
        }
        return "(computed)";
    }

    /** {@code env::var("X")}: X unless cargo sets it; a computed name unless it is built from CARGO_ or DEP_. */
    private void envRead(int at, int open) {
        int close = t.partner(open);
        if (close == open + 2 && t.kind(open + 1) == Tokens.STRING) {
            String var = t.stringValue(open + 1);
            if (!CargoEnv.isCargos(var)) {
                add(ENV_READ, var, t.line(at));
            }
            return;
        }
        for (int k = open + 1; k < close; k++) {
            if (t.kind(k) == Tokens.STRING) {
                if (CargoEnv.isCargos(t.stringValue(k))) {
                    return; // format!("CARGO_FEATURE_{}", f)
                }
                break;
            }
        }
        add(ENV_READ, "(computed)", t.line(at));
    }

    /** cargo:rerun-if-…= and cargo:rustc-cfg= in a string literal (printed, or formatted and printed). */
    private void directives(int i) {
        String v = t.stringValue(i);
        if (!v.contains("cargo:")) {
            return;
        }
        for (String line : v.split("\n")) {
            String s = line.strip();
            int at = s.indexOf("cargo:");
            if (at < 0) {
                continue;
            }
            String body = s.substring(at + (s.startsWith("cargo::", at) ? 7 : 6));
            int eq = body.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = body.substring(0, eq);
            String value = body.substring(eq + 1);
            switch (key) {
                case "rerun-if-changed", "rerun-if-env-changed" -> {
                    add(RERUN_IF, key + "=" + value, t.line(i));
                    if (key.equals("rerun-if-env-changed") && !value.contains("{") && !value.isEmpty()
                            && !CargoEnv.isCargos(value)) {
                        add(ENV_READ, value, t.line(i));
                    }
                }
                case "rustc-cfg" -> add(CFG, value, t.line(i));
                default -> {
                    // link lines and the rest: native-probe / native-compile come from the mechanisms
                }
            }
        }
    }

    /** A written path: OUT_DIR (and codegen for .rs), or elsewhere (host, package folder, unresolved without OUT_DIR). */
    private void write(int open, int[] arg) {
        if (arg == null) {
            return;
        }
        markJudged(arg);
        int f = flow.flags(t, arg[0], arg[1]);
        String literal = singleLiteral(arg);
        int line = t.line(open);
        if ((f & PathFlow.HOST) != 0) {
            add(FS_WRITE_ELSEWHERE, literal != null ? literal : "host path: " + text(arg), line);
        } else if ((f & PathFlow.OUT_DIR) != 0) {
            outDirWrite(f, line);
        } else if ((f & PathFlow.PACKAGE) != 0) {
            add(FS_WRITE_ELSEWHERE, "package folder: " + text(arg), line);
        } else if (literal != null) {
            add(FS_WRITE_ELSEWHERE, "package folder: " + literal, line);
        } else if (flow.readsOutDir()) {
            outDirWrite(f, line);
        } else {
            add(FS_WRITE_ELSEWHERE, "unresolved: " + text(arg), line);
        }
    }

    private void outDirWrite(int flags, int line) {
        add(FS_WRITE_OUT_DIR, null, line);
        if ((flags & PathFlow.RUST_SOURCE) != 0) {
            add(CODEGEN, null, line);
        }
    }

    /** A read path outside the package: an absolute host path, {@code ..}, the home or temporary folder. */
    private void read(int open, int[] arg) {
        if (arg == null) {
            return;
        }
        markJudged(arg);
        if ((flow.flags(t, arg[0], arg[1]) & PathFlow.HOST) != 0) {
            String literal = singleLiteral(arg);
            add(FS_READ_OUTSIDE, literal != null ? literal : text(arg), t.line(open));
        }
    }

    /** include_str!/include_bytes! paths are relative to the file: outside when they climb above the crate. */
    private void includeRead(int lit) {
        judged.add(lit);
        String v = t.stringValue(lit);
        Path parent = Path.of(file.path()).getParent();
        Path resolved = (parent == null ? Path.of(v) : parent.resolve(v)).normalize();
        if (PathFlow.isHostPath(v) || resolved.startsWith("..")) {
            add(FS_READ_OUTSIDE, v, t.line(lit));
        }
    }

    /** Host paths written as literals anywhere else (search folders, probed files), except in messages. */
    private void hostPathLiterals() {
        for (int i = 0; i < t.size(); i++) {
            if (t.isIdentLike(i) && MESSAGE_MACROS.contains(t.identName(i)) && t.isPunct(i + 1, '!')
                    && t.kind(i + 2) == Tokens.OPEN && t.partner(i + 2) > i) {
                i = t.partner(i + 2);
                continue;
            }
            if (t.kind(i) == Tokens.STRING && !judged.contains(i)) {
                String v = t.stringValue(i);
                if (PathFlow.isHostPath(v) || (PathFlow.climbs(v) && v.length() > 2)) {
                    add(FS_READ_OUTSIDE, v, t.line(i));
                }
            }
        }
    }

    /** The token range of argument {@code n} of the call whose '(' is at {@code open}, or null. */
    private int[] argument(int open, int n) {
        int close = t.partner(open);
        int start = open + 1;
        for (int k = 0; k < n; k++) {
            start = PathFlow.statementEnd(t, start, ',') + 1;
            if (start >= close) {
                return null;
            }
        }
        int end = Math.min(PathFlow.statementEnd(t, start, ','), close);
        return start < end ? new int[] {start, end} : null;
    }

    private boolean statementMentions(int at, String... names) {
        int i = at;
        while (i > 0 && !t.isPunct(i - 1, ';') && !(t.kind(i - 1) == Tokens.OPEN && t.code(i - 1) == '{')) {
            i--;
            if (t.kind(i) == Tokens.CLOSE && t.partner(i) >= 0) {
                i = t.partner(i);
            }
            if (t.isIdentLike(i) && List.of(names).contains(t.identName(i))) {
                return true;
            }
        }
        return false;
    }

    private void markJudged(int[] arg) {
        for (int k = arg[0]; k < arg[1]; k++) {
            if (t.kind(k) == Tokens.STRING) {
                judged.add(k);
            }
        }
    }

    private String singleLiteral(int[] arg) {
        int k = arg[0];
        while (k < arg[1] && t.isPunct(k, '&')) {
            k++;
        }
        return k == arg[1] - 1 && t.kind(k) == Tokens.STRING ? t.stringValue(k) : null;
    }

    /** The argument's source text, shortened, for a finding's detail. */
    private String text(int[] arg) {
        StringBuilder sb = new StringBuilder();
        for (int k = arg[0]; k < arg[1] && sb.length() < 80; k++) {
            sb.append(t.text(k));
        }
        return sb.length() > 80 ? sb.substring(0, 77) + "..." : sb.toString();
    }

    private void add(BuildScriptEffect effect, String detail, int line) {
        out.add(effect, detail, file.path(), line);
    }
}
