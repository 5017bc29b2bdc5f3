package dev.easel.analyzer.ir;

import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.model.CallEdge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams a textual LLVM IR module ({@code .ll}) line by line and reports its functions, their calls, its
 * declarations and aliases. Memory holds one function's calls at a time plus the debug-info ids the functions point
 * at; the file itself is never held. Metadata ({@code !N = ...}) comes after all functions in rustc's output, so the
 * {@code !dbg} ids wanted are known by the time their {@code DISubprogram} lines are read: one pass suffices.
 *
 * <p>Malformed lines (truncated, garbled) are skipped, counted, and reported as problems naming file and line; the
 * rest of the file is read. The file is decoded as ISO-8859-1: LLVM escapes every non-ASCII byte in names and
 * strings as {@code \XX}, and this decoding cannot fail on stray bytes.
 */
public final class LlvmIrReader {
    private static final Set<String> LINKAGES = Set.of("private", "internal", "available_externally", "linkonce",
            "weak", "common", "appending", "extern_weak", "linkonce_odr", "weak_odr", "external");
    private static final Set<String> VISIBILITIES = Set.of("default", "hidden", "protected");
    private static final String INTRINSIC_PREFIX = "llvm.";

    private final Path file;
    private final IrListener listener;
    private final ProblemLog problems;
    private final DebugInfo debugInfo = new DebugInfo();
    private long lineNo;
    private long skipped;
    private long lastSkippedLine = -1;

    // The function being read, if any.
    private FunctionHeader current;
    private boolean inUnreadableBody;
    private final Map<CallKey, int[]> currentCalls = new LinkedHashMap<>();

    private record FunctionHeader(String symbol, String linkage, String visibility, int dbgId, long line) {
    }

    private record CallKey(String callee, CallEdge.Kind kind) {
    }

    private LlvmIrReader(Path file, IrListener listener) {
        this.file = file;
        this.listener = listener;
        this.problems = new ProblemLog(Problem.Stage.IR, file.toString());
    }

    /** Reads {@code ll}, sending each function, declaration and alias to {@code listener}. */
    public static IrReadResult read(Path ll, IrListener listener) throws IOException {
        return new LlvmIrReader(ll, listener).run();
    }

    /** Whether a symbol names an LLVM intrinsic, which is no call-graph node. */
    public static boolean isIntrinsic(String symbol) {
        return symbol.startsWith(INTRINSIC_PREFIX);
    }

    private IrReadResult run() throws IOException {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.ISO_8859_1), 1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (!line.isEmpty()) {
                    dispatch(line);
                }
            }
        }
        if (current != null) {
            skip("function " + current.symbol() + " (line " + current.line() + ") not closed before end of file");
            finishFunction();
        }
        return new IrReadResult(lineNo, skipped, problems.problems(), debugInfo);
    }

    private void dispatch(String line) {
        char c = line.charAt(0);
        if (inUnreadableBody) {
            // the body of a define we could not read: already reported once, skip to its end
            if (c == '}') {
                inUnreadableBody = false;
                return;
            }
            if (!(c == '!' || c == '@' || line.startsWith("define ") || line.startsWith("declare ")
                    || line.startsWith("attributes "))) {
                return;
            }
            inUnreadableBody = false; // a top-level line: the lost body's '}' was damaged too
        }
        if (current != null) {
            if (c == '}') {
                finishFunction();
            } else if (c == ' ' || c == '\t') {
                bodyLine(line);
            } else if (line.startsWith("define ")) {
                skip("function " + current.symbol() + " (line " + current.line() + ") not closed before next define");
                finishFunction();
                define(line);
            } else if (c != ';' && !isLabel(line)) {
                skip("unrecognised line in function body");
            }
            return;
        }
        switch (c) {
            case 'd' -> {
                if (line.startsWith("define ")) {
                    define(line);
                } else if (line.startsWith("declare ")) {
                    declare(line);
                } else {
                    skip("unrecognised line");
                }
            }
            case '@' -> global(line);
            case '!' -> metadata(line);
            case ';', '%', '$', '}', ' ', '\t', 'a', 's', 't', 'm', 'u' -> topLevelOther(line, c);
            default -> skip("unrecognised line");
        }
    }

    /** Lines that carry nothing for the call graph but are checked, so garbage at top level is reported. */
    private void topLevelOther(String line, char c) {
        boolean known = switch (c) {
            case ';', '%', '$', '}', ' ', '\t' -> true;
            case 'a' -> line.startsWith("attributes ");
            case 's' -> line.startsWith("source_filename ");
            case 't' -> line.startsWith("target ");
            case 'm' -> line.startsWith("module ");
            case 'u' -> line.startsWith("uselistorder");
            default -> false;
        };
        if (!known) {
            skip("unrecognised line");
        }
    }

    private static boolean isLabel(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        int comment = line.indexOf(';');
        return comment < 0 || colon < comment;
    }

    // define [linkage] [preemption] [visibility] [dllstorage] [cconv] [ret attrs] <type> @name(args) ... [!dbg !N] {
    private void define(String line) {
        int at = line.indexOf('@');
        LlvmNames.Token name = at < 0 ? null : LlvmNames.readName(line, at);
        if (name == null || name.end() >= line.length() || line.charAt(name.end()) != '(') {
            skip("malformed define: no function name followed by '('");
            inUnreadableBody = true;
            return;
        }
        if (!line.endsWith("{")) {
            skip("malformed define: line does not end with '{'");
            inUnreadableBody = true;
            return;
        }
        String[] words = line.substring("define ".length(), at).trim().split(" ");
        String linkage = "external";
        String visibility = "default";
        for (String w : words) {
            if (LINKAGES.contains(w)) {
                linkage = w;
            } else if (VISIBILITIES.contains(w)) {
                visibility = w;
            }
        }
        int dbg = -1;
        int d = line.lastIndexOf("!dbg !");
        if (d > name.end()) {
            dbg = LlvmNames.parseDigits(line, d + "!dbg !".length());
        }
        debugInfo.want(dbg);
        current = new FunctionHeader(name.name(), linkage, visibility, dbg, lineNo);
    }

    private void finishFunction() {
        List<IrCall> calls = new ArrayList<>(currentCalls.size());
        currentCalls.forEach((k, n) -> calls.add(new IrCall(k.callee(), k.kind(), n[0])));
        listener.function(new IrFunction(current.symbol(), current.linkage(), current.visibility(), current.dbgId(),
                current.line(), calls));
        current = null;
        currentCalls.clear();
    }

    private void declare(String line) {
        int at = line.indexOf('@');
        LlvmNames.Token name = at < 0 ? null : LlvmNames.readName(line, at);
        if (name == null || name.end() >= line.length() || line.charAt(name.end()) != '(') {
            skip("malformed declare: no function name followed by '('");
            return;
        }
        if (!isIntrinsic(name.name())) {
            listener.declaration(name.name());
        }
    }

    // @name = [linkage] [preemption] [visibility] ... alias <ty>, ptr @aliasee
    private void global(String line) {
        LlvmNames.Token name = LlvmNames.readName(line, 0);
        if (name == null || !line.startsWith(" = ", name.end())) {
            skip("malformed global: no name followed by ' = '");
            return;
        }
        int from = name.end() + 3;
        int alias = line.startsWith("alias ", from) ? from : line.indexOf(" alias ", from) + 1;
        if (alias <= 0) {
            return;
        }
        // Only an alias if "alias" is among the leading keywords, not inside an initializer string.
        String head = line.substring(from, alias);
        if (head.indexOf('"') >= 0 || head.indexOf('@') >= 0 || head.indexOf('[') >= 0) {
            return;
        }
        int target = line.indexOf('@', alias);
        LlvmNames.Token aliasee = target < 0 ? null : LlvmNames.readName(line, target);
        if (aliasee == null) {
            skip("malformed alias: no aliasee");
            return;
        }
        String linkage = "external";
        String visibility = "default";
        for (String w : head.trim().split(" ")) {
            if (LINKAGES.contains(w)) {
                linkage = w;
            } else if (VISIBILITIES.contains(w)) {
                visibility = w;
            }
        }
        listener.alias(new IrAlias(name.name(), linkage, visibility, aliasee.name()));
    }

    // %r = [tail|musttail|notail] call|invoke|callbr [attrs] <ty> <callee>(args) ...
    private void bodyLine(String line) {
        int p = 0;
        int n = line.length();
        while (p < n && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        if (p >= n || line.charAt(p) == ';' || line.charAt(p) == '#') {
            return;
        }
        if (line.charAt(p) == '%') {
            int eq = line.indexOf(" = ", p);
            if (eq < 0) {
                skip("malformed instruction: value without ' = '");
                return;
            }
            p = eq + 3;
        }
        if (line.startsWith("tail ", p)) {
            p += 5;
        } else if (line.startsWith("musttail ", p)) {
            p += 9;
        } else if (line.startsWith("notail ", p)) {
            p += 7;
        }
        CallEdge.Kind kind;
        if (line.startsWith("call ", p)) {
            kind = CallEdge.Kind.DIRECT;
            p += 5;
        } else if (line.startsWith("invoke ", p)) {
            kind = CallEdge.Kind.INVOKE;
            p += 7;
        } else if (line.startsWith("callbr ", p)) {
            kind = CallEdge.Kind.DIRECT;
            p += 7;
        } else {
            return;
        }
        callee(line, p, kind);
    }

    /** Finds the callee: the first '@' or '%' name outside brackets that is directly followed by '('. */
    private void callee(String line, int from, CallEdge.Kind kind) {
        int depth = 0;
        int n = line.length();
        int i = from;
        while (i < n) {
            char c = line.charAt(i);
            if (c == '(' || c == '{' || c == '<' || c == '[') {
                depth++;
            } else if (c == ')' || c == '}' || c == '>' || c == ']') {
                depth--;
            } else if (depth == 0 && c == 'a' && line.startsWith("asm ", i) && line.charAt(i - 1) == ' ') {
                return; // inline assembly: no call-graph edge
            } else if (depth == 0 && (c == '@' || c == '%')) {
                LlvmNames.Token name = LlvmNames.readName(line, i);
                if (name == null) {
                    break;
                }
                if (name.end() < n && line.charAt(name.end()) == '(') {
                    if (c == '%') {
                        count(null, CallEdge.Kind.INDIRECT);
                    } else if (!isIntrinsic(name.name())) {
                        count(name.name(), kind);
                    }
                    return;
                }
                i = name.end();
                continue;
            }
            i++;
        }
        skip("malformed call: no callee followed by '('");
    }

    private void count(String callee, CallEdge.Kind kind) {
        currentCalls.computeIfAbsent(new CallKey(callee, kind), k -> new int[1])[0]++;
    }

    // !N = [distinct] !DISubprogram(...) | !DIFile(...) | !DICompileUnit(...)
    private void metadata(String line) {
        int id = LlvmNames.parseDigits(line, 1);
        if (id < 0) {
            return; // named metadata such as !llvm.module.flags
        }
        int eq = line.indexOf(" = ");
        if (eq < 0) {
            skip("malformed metadata: no ' = '");
            return;
        }
        int p = eq + 3;
        if (line.startsWith("distinct ", p)) {
            p += 9;
        }
        if (line.startsWith("!DISubprogram(", p)) {
            if (debugInfo.wants(id)) {
                int fileId = LlvmNames.numberField(line, "file: ");
                int srcLine = LlvmNames.numberField(line, " line: ");
                if (srcLine < 0) {
                    skip("malformed DISubprogram: no line");
                    return;
                }
                debugInfo.subprogram(id, LlvmNames.stringField(line, "name: "), fileId, srcLine);
            }
        } else if (line.startsWith("!DIFile(", p)) {
            String filename = LlvmNames.stringField(line, "filename: ");
            if (filename == null) {
                skip("malformed DIFile: no filename");
                return;
            }
            debugInfo.file(id, filename, LlvmNames.stringField(line, "directory: "));
        } else if (line.startsWith("!DICompileUnit(", p)) {
            debugInfo.compileUnitFile(LlvmNames.numberField(line, "file: "));
        }
    }

    private void skip(String why) {
        if (lineNo != lastSkippedLine) { // a line can be reported twice (an unclosed body, then the line itself)
            skipped++;
            lastSkippedLine = lineNo;
        }
        problems.add(lineNo, why);
    }
}
