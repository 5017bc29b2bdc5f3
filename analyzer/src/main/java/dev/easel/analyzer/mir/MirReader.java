package dev.easel.analyzer.mir;

import dev.easel.analyzer.model.Problem;
import dev.easel.analyzer.ir.ProblemLog;
import dev.easel.analyzer.ir.SourceLocation;
import dev.easel.analyzer.model.CallEdge;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CodingErrorAction;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Streams rustc's {@code --emit=mir} text and reads each {@code fn} body's calls and foreign-ABI function-pointer
 * coercions. Only one body's state is held at a time. The format is rustc's pretty-printer, which rustc calls
 * unstable; the forms read here are those rustc 1.95 writes:
 * <ul>
 *   <li>{@code fn path(args) -> ret {} … {@code }}; the body after a {@code // MIR FOR CTFE} line is a
 *       compile-time copy and is skipped; {@code const}/{@code static}/promoted bodies and allocation dumps
 *       ({@code allocN (size: …) {}) are skipped</li>
 *   <li>{@code place = callee(args) -> [return: bbN, unwind …];}, {@code -> bbN;}, {@code -> unwind continue;}</li>
 *   <li>{@code place = f as unsafe extern "C" fn(…) (PointerCoercion(ReifyFnPointer(…), …));}</li>
 * </ul>
 */
public final class MirReader {
    private static final Pattern IMPL_AT = Pattern.compile("<impl at (.+?):(\\d+):(\\d+): \\d+:\\d+>");

    private final Path file;
    private final ProblemLog problems;
    private final List<MirFunction> functions = new ArrayList<>();
    private final Set<String> seenPaths = new HashSet<>();
    private long lineNo;
    private long skipped;
    private long lastSkippedLine = -1;

    private enum State { TOP, FUNCTION, OTHER_BODY }

    private State state = State.TOP;
    private boolean nextIsCtfeCopy;
    private String currentPath;
    private long currentLine;
    private boolean currentIsCopy;
    private final Map<String, int[]> calls = new LinkedHashMap<>();
    private final Map<String, int[]> coercions = new LinkedHashMap<>();

    private MirReader(Path file) {
        this.file = file;
        this.problems = new ProblemLog(Problem.Stage.MIR, file.toString());
    }

    /** Reads a .mir file in one streaming pass. */
    public static MirModule read(Path mir) throws IOException {
        return new MirReader(mir).run();
    }

    private MirModule run() throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder),
                1 << 16)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (!line.isEmpty()) {
                    dispatch(line);
                }
            }
        }
        if (state == State.FUNCTION) {
            skip("fn " + currentPath + " (line " + currentLine + ") not closed before end of file");
            finishFunction();
        }
        return new MirModule(functions, lineNo, skipped, problems.problems());
    }

    private void dispatch(String line) {
        char c = line.charAt(0);
        if (state != State.TOP) {
            if (c == '}') {
                if (state == State.FUNCTION) {
                    finishFunction();
                }
                state = State.TOP;
            } else if (c == ' ') {
                if (state == State.FUNCTION) {
                    statement(line);
                }
            } else if (line.startsWith("fn ") || line.startsWith("const ") || line.startsWith("static ")
                    || line.startsWith("alloc")) {
                skip("body (line " + currentLine + ") not closed before the next item");
                if (state == State.FUNCTION) {
                    finishFunction();
                }
                state = State.TOP;
                dispatch(line);
            } else {
                skip("unrecognised line in a body");
            }
            return;
        }
        if (line.startsWith("//")) {
            if (line.startsWith("// MIR FOR CTFE")) {
                nextIsCtfeCopy = true;
            }
        } else if (line.startsWith("fn ")) {
            header(line);
        } else if (line.endsWith("{")) {
            // const/static/promoted bodies and allocation dumps ("alloc22 (size: 5, align: 1) {")
            state = State.OTHER_BODY;
            currentLine = lineNo;
            nextIsCtfeCopy = false;
        } else if (line.startsWith("const ") || line.startsWith("static ") || line.startsWith("alloc")) {
            nextIsCtfeCopy = false; // one-line items: "const X: T = const 1_u32;", "allocN (size: 0, align: 1) {}"
        } else {
            skip("unrecognised line");
        }
    }

    private void header(String line) {
        int open = MirText.indexAtDepth0(line, 3, '(');
        if (open < 0 || !line.endsWith("{")) {
            skip("malformed fn header");
            state = State.OTHER_BODY; // skip its body, reported once
            currentLine = lineNo;
            return;
        }
        currentPath = line.substring(3, open);
        currentLine = lineNo;
        currentIsCopy = nextIsCtfeCopy || !seenPaths.add(currentPath);
        nextIsCtfeCopy = false;
        state = State.FUNCTION;
    }

    private void finishFunction() {
        if (!currentIsCopy) {
            List<MirCall> callList = new ArrayList<>(calls.size());
            calls.forEach((key, n) -> {
                int tab = key.indexOf('\t');
                String callee = key.substring(tab + 1);
                callList.add(new MirCall(callee.isEmpty() ? null : callee,
                        CallEdge.Kind.valueOf(key.substring(0, tab)), n[0]));
            });
            List<MirCoercion> coercionList = new ArrayList<>(coercions.size());
            coercions.forEach((key, n) -> {
                int tab = key.indexOf('\t');
                coercionList.add(new MirCoercion(key.substring(tab + 1), key.substring(0, tab), n[0]));
            });
            functions.add(new MirFunction(currentPath, implAt(currentPath), currentLine, callList, coercionList));
        }
        calls.clear();
        coercions.clear();
    }

    private static SourceLocation implAt(String path) {
        Matcher m = IMPL_AT.matcher(path);
        return m.find() ? new SourceLocation(m.group(1), Integer.parseInt(m.group(2))) : null;
    }

    // place = rvalue;  where a call's rvalue is  callee(args) -> targets
    private void statement(String line) {
        int eq = line.indexOf(" = ");
        if (eq < 0 || !line.endsWith(";")) {
            return; // not an assignment: StorageLive, drop, assert, goto, switchInt, debug, let, scope…
        }
        int from = eq + 3;
        int open = MirText.indexAtDepth0(line, from, '(');
        if (open < 0) {
            return;
        }
        if (MirText.indexOfAtDepth0(line.substring(from, open), " as ", 0) >= 0) {
            if (line.indexOf("ReifyFnPointer", open) >= 0) {
                coercion(line, from); // a cast, not a call
            }
            return;
        }
        int close = MirText.closing(line, open);
        if (close < 0) {
            skip("malformed statement: unbalanced brackets");
            return;
        }
        if (line.startsWith(" -> ", close + 1)) {
            String callee = line.substring(from, open);
            if (callee.startsWith("const ")) {
                callee = callee.substring(6);
            }
            if (callee.isEmpty()) {
                skip("malformed call: no callee");
                return;
            }
            String targets = line.substring(close + 4);
            CallEdge.Kind kind = MirText.isLocal(callee) ? CallEdge.Kind.INDIRECT
                    : targets.contains("unwind: bb") ? CallEdge.Kind.INVOKE : CallEdge.Kind.DIRECT;
            String key = kind.name() + "\t" + (kind == CallEdge.Kind.INDIRECT ? "" : callee);
            calls.computeIfAbsent(key, k -> new int[1])[0]++;
        }
    }

    // place = f as unsafe extern "C" fn(…) -> R (PointerCoercion(ReifyFnPointer(…), …));
    private void coercion(String line, int from) {
        int as = MirText.indexOfAtDepth0(line, " as ", from);
        if (as < 0) {
            return;
        }
        int ext = line.indexOf("extern \"", as);
        int fn = line.indexOf(" fn(", as);
        if (ext < 0 || fn < 0 || ext > fn) {
            return; // a Rust-ABI fn pointer: not a callback to C
        }
        int abiEnd = line.indexOf('"', ext + 8);
        String abi = abiEnd < 0 ? null : line.substring(ext + 8, abiEnd);
        String function = line.substring(from, as);
        if (function.startsWith("const ")) {
            function = function.substring(6);
        }
        if (abi == null || "Rust".equals(abi) || MirText.isLocal(function) || function.isEmpty()) {
            return;
        }
        coercions.computeIfAbsent(abi + "\t" + function, k -> new int[1])[0]++;
    }

    private void skip(String why) {
        if (lineNo != lastSkippedLine) { // a line can be reported twice (an unclosed body, then the line itself)
            skipped++;
            lastSkippedLine = lineNo;
        }
        problems.add(lineNo, why);
    }
}
